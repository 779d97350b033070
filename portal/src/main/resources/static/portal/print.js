// The case summary's "Print or save as PDF" button: the browser's own print dialogue (Save as PDF is one of its
// printers). Without JavaScript the button stays hidden and the browser's menu prints the same page.
document.querySelectorAll('[data-print]').forEach(button => {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
});
