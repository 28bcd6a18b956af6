/** 'fit': the page as wide as the stage; a number: the page at that share of its printed size. */
export type Zoom = 'fit' | number;

export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2];
/** CSS pixels per PDF point at 100% (96 dpi screen, 72 pt to the inch). */
const PX_PER_PT = 96 / 72;

/** How wide to draw the page, in CSS pixels. */
export function drawWidth(zoom: Zoom, stageWidth: number, pageWidthPt: number): number {
  return zoom === 'fit' ? stageWidth : Math.round(pageWidthPt * PX_PER_PT * zoom);
}

/** The next step in or out from what is on screen (from Fit, the step nearest its size). */
export function stepZoom(zoom: Zoom, direction: 1 | -1, stageWidth: number, pageWidthPt: number): number {
  const current = zoom === 'fit' ? stageWidth / (pageWidthPt * PX_PER_PT) : zoom;
  const next = direction === 1 ? ZOOM_STEPS.find((s) => s > current + 0.01) : [...ZOOM_STEPS].reverse().find((s) => s < current - 0.01);
  return next ?? (direction === 1 ? ZOOM_STEPS[ZOOM_STEPS.length - 1]! : ZOOM_STEPS[0]!);
}

interface Props {
  zoom: Zoom;
  onZoom(zoom: Zoom): void;
  onStep(direction: 1 | -1): void;
  pagesShown: boolean;
  onTogglePages(): void;
}

/** Zoom out / in, Fit width, and showing or hiding the page list (for narrow windows). */
export function PreviewZoom({ zoom, onZoom, onStep, pagesShown, onTogglePages }: Props) {
  return (
    <div className="preview-zoom" role="group" aria-label="Zoom">
      <button type="button" className="button button-small" aria-pressed={pagesShown} onClick={onTogglePages}>
        Page list
      </button>
      <button type="button" className="button button-small" aria-label="Zoom out" onClick={() => onStep(-1)}>
        −
      </button>
      <span className="field-hint preview-zoom-level" aria-live="polite">
        {zoom === 'fit' ? 'Fit' : `${Math.round(zoom * 100)}%`}
      </span>
      <button type="button" className="button button-small" aria-label="Zoom in" onClick={() => onStep(1)}>
        +
      </button>
      <button type="button" className="button button-small" aria-pressed={zoom === 'fit'} onClick={() => onZoom('fit')}>
        Fit width
      </button>
    </div>
  );
}
