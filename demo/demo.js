// The hero's example questions: open the widget and ask, through its public API.
const chat = document.querySelector('miptech-chat');
for (const button of document.querySelectorAll('[data-question]')) {
  button.addEventListener('click', async () => {
    await customElements.whenDefined('miptech-chat');
    chat.show();
    chat.send(button.dataset.question);
  });
}
