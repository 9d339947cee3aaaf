import { expect } from '@open-wc/testing';
import { contrastRatio, derivePalette, parseRgb, type Rgb } from '../../src/styles/palette.js';

describe('palette', () => {
  it('parses the forms getComputedStyle returns, and hex', () => {
    expect(parseRgb('rgb(37, 99, 235)')).to.deep.equal([37, 99, 235]);
    expect(parseRgb('rgba(1, 2, 3, 0.5)')).to.deep.equal([1, 2, 3]);
    expect(parseRgb('rgb(1 2 3 / 50%)')).to.deep.equal([1, 2, 3]);
    expect(parseRgb('#abc')).to.deep.equal([170, 187, 204]);
    expect(parseRgb('#2563eb')).to.deep.equal([37, 99, 235]);
    expect(parseRgb('oklch(0.5 0.1 200)')).to.equal(null);
  });

  it('keeps text on the brand colour at WCAG AA (4.5:1) for any colour', () => {
    for (let r = 0; r <= 255; r += 17) {
      for (let g = 0; g <= 255; g += 17) {
        for (let b = 0; b <= 255; b += 17) {
          const primary: Rgb = [r, g, b];
          const on = parseRgb(derivePalette(primary).onPrimary)!;
          expect(contrastRatio(primary, on), `rgb(${primary})`).to.be.at.least(4.5);
        }
      }
    }
  });

  it('white text on the default blue, black text on yellow', () => {
    expect(derivePalette([37, 99, 235]).onPrimary).to.equal('rgb(255, 255, 255)');
    expect(derivePalette([250, 204, 21]).onPrimary).to.equal('rgb(0, 0, 0)');
  });
});
