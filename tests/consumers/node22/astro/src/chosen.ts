// The page's own state: the pathway the reader chose in the picker.
export function chosen(output: Element) {
  document.addEventListener('pm-pathway-change', (e) => {
    output.textContent = e.detail.pathway;
  });
}
