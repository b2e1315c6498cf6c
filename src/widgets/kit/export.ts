/**
 * Files a learner can take away: a chart as SVG or PNG, its numbers as CSV,
 * named after the widget and what changed in its scenario.
 */
import type { ScenarioRecord } from './scenario';

/** "clv-example", or "clv-retention-0.5-horizon-10" for a changed scenario; safe in any file system. */
export function exportName(id: string, record: ScenarioRecord, changed: readonly string[]): string {
  const parts = changed.length === 0 ? ['example'] : changed.flatMap((key) => [key, record[key]]);
  const name = [id, ...parts].join('-').replace(/[^\w.-]+/g, '_');
  return name.length > 80 ? name.slice(0, 80) : name;
}

export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// The presentation properties that CSS (and its variables) gives a chart; a file on its own must carry them.
// They are written as SVG presentation attributes, not a style attribute, which the page's CSP refuses.
const PAINT = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'fill-opacity', 'opacity', 'font-size', 'font-family', 'font-weight'];

/** The chart as a standalone SVG document, styles resolved from the page's theme. */
export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((element, i) => {
    const style = getComputedStyle(element);
    for (const property of PAINT) (copies[i] as SVGElement).setAttribute(property, style.getPropertyValue(property));
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.removeAttribute('role');
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(svg).getPropertyValue('--surface').trim() || '#fff');
  copy.prepend(background);
  return new XMLSerializer().serializeToString(copy);
}

/** The chart as a PNG at twice its size on screen, for slides and documents. */
export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const text = svgText(svg);
  const image = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
