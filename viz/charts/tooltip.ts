/**
 * The one hover tooltip of the page: a positioned box whose lines are set as text (never HTML),
 * so names from an uploaded scenario cannot inject markup.
 */
let box: HTMLDivElement | null = null;

function element(): HTMLDivElement {
  if (!box) {
    box = document.createElement('div');
    box.className = 'tooltip';
    box.setAttribute('role', 'tooltip');
    document.body.append(box);
  }
  return box;
}

/** Shows `lines` near the pointer of `event`; a line may carry a colour swatch. */
export function showTooltip(event: MouseEvent, lines: (string | [text: string, colour: string])[]): void {
  const tip = element();
  tip.replaceChildren(
    ...lines.map((line) => {
      const row = document.createElement('div');
      if (Array.isArray(line)) {
        const swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.background = line[1];
        row.append(swatch, document.createTextNode(line[0]));
      } else {
        row.textContent = line;
      }
      return row;
    }),
  );
  tip.style.display = 'block';
  const { innerWidth, innerHeight } = window;
  const rect = tip.getBoundingClientRect();
  const left = event.clientX + 14 + rect.width > innerWidth ? event.clientX - rect.width - 14 : event.clientX + 14;
  const top = Math.min(event.clientY + 14, innerHeight - rect.height - 4);
  tip.style.left = `${Math.max(4, left)}px`;
  tip.style.top = `${Math.max(4, top)}px`;
}

export function hideTooltip(): void {
  if (box) box.style.display = 'none';
}
