import { expect } from '@open-wc/testing';
import { pageToSend } from '../../src/protocol/page-privacy.js';

const ACCOUNT = 'https://shop.example/account?reset_token=r123&email=ann%40mail.example#access_token=a456';
const page = (referrer = 'https://mail.example/inbox?id=7#x') => ({ url: ACCOUNT, userAgent: 'UA', referrer });

describe('what the platform is told about the page', () => {
  it('by default the origin and path: no query, no fragment', () => {
    expect(pageToSend(page(), 'path', null).url).to.equal('https://shop.example/account');
  });

  it('page-url="full" adds the query, never the fragment', () => {
    expect(pageToSend(page(), 'full', null).url).to.equal('https://shop.example/account?reset_token=r123&email=ann%40mail.example');
  });

  it('the referrer: its origin only, and only under a declared policy that allows it', () => {
    expect(pageToSend(page(), 'path', null).referrer, 'no readable policy: nothing').to.equal('');
    expect(pageToSend(page(), 'path', 'no-referrer').referrer).to.equal('');
    expect(pageToSend(page(), 'path', 'same-origin').referrer).to.equal('');
    expect(pageToSend(page(), 'path', 'strict-origin-when-cross-origin').referrer).to.equal('https://mail.example');
    expect(pageToSend(page(), 'path', 'unsafe-url').referrer, 'even then, only the origin').to.equal('https://mail.example');
    expect(pageToSend(page(), 'path', 'no-referrer, origin').referrer, 'the last one wins').to.equal('https://mail.example');
    expect(pageToSend(page(''), 'path', 'origin').referrer).to.equal('');
    expect(pageToSend(page('not a url'), 'path', 'origin').referrer).to.equal('');
  });

  it('keeps the user agent, and survives an address it cannot parse', () => {
    expect(pageToSend({ url: 'about:blank', userAgent: 'UA', referrer: '' }, 'path', null)).to.deep.equal({ url: '', userAgent: 'UA', referrer: '' });
  });
});
