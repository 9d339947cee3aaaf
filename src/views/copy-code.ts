/** Click handling for the "Copy" buttons the markdown renderer puts on code blocks. */
export async function copyCodeFromClick(event: Event, clipboard: Pick<Clipboard, 'writeText'> | undefined): Promise<void> {
  const button = (event.target as Element | null)?.closest?.('button.copy');
  if (!button) return;
  const code = button.parentElement?.querySelector('pre')?.textContent ?? '';
  try {
    if (!clipboard) throw new Error('no clipboard');
    await clipboard.writeText(code);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Copy failed';
  }
  setTimeout(() => (button.textContent = 'Copy'), 1500);
}
