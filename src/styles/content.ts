import { css } from 'lit';

/** Messages, composer, notices and the diagnostics view. */
export const content = css`
  .messages {
    flex: 1;
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 16px;
    display: flex;
    flex-direction: column;
    gap: 12px;
  }
  .message {
    max-width: 85%;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .message.user {
    align-self: flex-end;
    align-items: flex-end;
  }
  .message.assistant,
  .message.system {
    align-self: flex-start;
  }
  .bubble {
    padding: 10px 14px;
    border-radius: 16px;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    word-break: break-word;
  }
  .user .bubble {
    background: var(--_primary);
    color: var(--_on-primary);
    border-bottom-right-radius: 4px;
  }
  .assistant .bubble,
  .system .bubble {
    background: var(--_surface);
    border-bottom-left-radius: 4px;
  }
  .meta {
    font-size: 11px;
    color: var(--_muted);
    display: flex;
    gap: 6px;
    align-items: center;
  }
  .meta.failed {
    color: var(--_danger);
  }
  .link-button {
    border: none;
    background: none;
    padding: 0;
    color: var(--_primary);
    text-decoration: underline;
    cursor: pointer;
    font-size: inherit;
  }
  .failed .link-button {
    color: var(--_danger);
    font-weight: 600;
  }
  .cursor::after {
    content: '▍';
    animation: miptech-blink 1s steps(2) infinite;
    opacity: 0.6;
  }
  @keyframes miptech-blink {
    50% {
      opacity: 0;
    }
  }
  .sources {
    display: flex;
    flex-direction: column;
    gap: 6px;
    margin: 2px 0 0;
    padding: 0;
    list-style: none;
  }
  .sources a {
    display: flex;
    gap: 8px;
    align-items: baseline;
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: 10px;
    text-decoration: none;
    color: var(--_text);
    background: var(--_bg);
  }
  .sources a:hover {
    border-color: var(--_primary);
  }
  .sources .n {
    font-size: 11px;
    font-weight: 700;
    color: var(--_on-primary);
    background: var(--_primary);
    border-radius: 6px;
    padding: 0 6px;
    flex: none;
  }
  .sources .t {
    font-weight: 600;
    font-size: 13px;
  }
  .sources .s {
    display: block;
    font-size: 12px;
    color: var(--_muted);
  }
  .typing {
    align-self: flex-start;
    display: flex;
    gap: 4px;
    padding: 12px 14px;
    border-radius: 16px;
    background: var(--_surface);
  }
  .typing span {
    width: 7px;
    height: 7px;
    border-radius: 50%;
    background: var(--_muted);
    animation: miptech-bounce 1.2s infinite ease-in-out;
  }
  .typing span:nth-child(2) {
    animation-delay: 0.15s;
  }
  .typing span:nth-child(3) {
    animation-delay: 0.3s;
  }
  @keyframes miptech-bounce {
    0%,
    80%,
    100% {
      transform: translateY(0);
      opacity: 0.5;
    }
    40% {
      transform: translateY(-4px);
      opacity: 1;
    }
  }
  .empty {
    margin: auto 0;
    text-align: center;
    color: var(--_muted);
    padding: 24px 8px;
  }
  .empty strong {
    display: block;
    color: var(--_text);
    font-size: 16px;
    margin-bottom: 4px;
  }
  .composer {
    display: flex;
    align-items: flex-end;
    gap: 8px;
    padding: 12px;
    border-top: 1px solid var(--_border);
    background: var(--_bg);
  }
  .composer textarea {
    flex: 1;
    resize: none;
    min-height: 40px;
    max-height: 140px;
    padding: 9px 12px;
    border: 1px solid var(--_border);
    border-radius: 12px;
    background: var(--_bg);
    line-height: 1.4;
    font-size: 14px;
  }
  .composer textarea:focus {
    outline: none;
    border-color: var(--_primary);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_primary) 25%, transparent);
  }
  .send {
    width: 40px;
    height: 40px;
    border-radius: 12px;
    border: none;
    cursor: pointer;
    background: var(--_primary);
    color: var(--_on-primary);
    display: grid;
    place-items: center;
    flex: none;
  }
  .send:hover:not(:disabled) {
    background: var(--_primary-hover);
  }
  .send:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .send svg {
    width: 18px;
    height: 18px;
    fill: currentColor;
  }
  .hint {
    font-size: 11px;
    color: var(--_muted);
    padding: 0 12px 8px;
    background: var(--_bg);
  }
  .hint.over {
    color: var(--_danger);
  }
  .notice {
    margin: 16px;
    padding: 16px;
    border-radius: 12px;
    border: 1px solid color-mix(in srgb, var(--_danger) 35%, transparent);
    background: var(--_danger-bg);
  }
  .notice h3 {
    margin: 0 0 6px;
    font-size: 15px;
    color: var(--_danger);
  }
  .notice p,
  .notice ul {
    margin: 0 0 12px;
  }
  .notice ul {
    padding-left: 18px;
  }
  .notice code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 12px;
  }
  .actions {
    display: flex;
    gap: 8px;
    flex-wrap: wrap;
  }
  .button {
    border: none;
    border-radius: 8px;
    padding: 8px 14px;
    cursor: pointer;
    font-weight: 600;
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
  }
  .diagnostics {
    margin: 12px 12px 0;
    padding: 12px;
    border-radius: 10px;
    background: #0b1020;
    color: #d1fae5;
    font: 12px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    max-height: 45%;
    overflow: auto;
    flex: none;
  }
  .diagnostics h3 {
    margin: 0 0 8px;
    font-size: 12px;
    display: flex;
    justify-content: space-between;
    align-items: center;
  }
  .diagnostics dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 10px;
    margin: 0 0 8px;
  }
  .diagnostics dt {
    color: #9ca3af;
  }
  .diagnostics dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .diagnostics .success {
    color: #4ade80;
  }
  .diagnostics .failed {
    color: #f87171;
  }
  .diagnostics .testing,
  .diagnostics .idle {
    color: #facc15;
  }
  .diagnostics pre {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    color: #cbd5e1;
  }
  .diagnostics .button {
    background: #15803d;
    color: #fff;
    padding: 4px 10px;
    font-size: 12px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
