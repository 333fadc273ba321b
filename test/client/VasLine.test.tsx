// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { VasLine } from '../../src/client/ui/common/VasLine';
import type { ResponseScale } from '../../src/shared/instruments';

afterEach(cleanup);
const vas: ResponseScale = { kind: 'vas', min: 0, max: 10, step: 0.1 };

function Harness({
  onChange,
  scale = vas,
}: {
  onChange: (v: number) => void;
  scale?: ResponseScale;
}) {
  const [value, setValue] = useState<number | null>(null);
  return (
    <VasLine
      id="item-me"
      label="Jag själv"
      hint="Hur jag mår"
      low="Mycket dåligt"
      high="Mycket bra"
      scale={scale}
      value={value}
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

/** happy-dom does no layout: give the line a 200 px box starting at x = 20. */
function layOutLine(slider: HTMLElement) {
  const line = slider.querySelector('.vas-line') as HTMLElement;
  line.getBoundingClientRect = () => ({
    left: 20,
    width: 200,
    top: 0,
    height: 4,
    right: 220,
    bottom: 4,
    x: 20,
    y: 0,
    toJSON: () => ({}),
  });
}

describe('VasLine', () => {
  it('is a labelled slider that starts unmarked and hides the number', () => {
    render(<Harness onChange={() => {}} />);
    const slider = screen.getByRole('slider', { name: 'Jag själv' });
    expect(slider.getAttribute('aria-valuetext')).toBe('Inte markerad');
    expect(slider.hasAttribute('aria-valuenow')).toBe(false);
    expect(slider.getAttribute('aria-describedby')).toBe('item-me-hint item-me-anchors');
    expect(screen.getByText('Mycket dåligt')).toBeTruthy();
    expect(screen.getByText('Mycket bra')).toBeTruthy();
  });

  it('places the mark where the pointer goes down, and moves it while dragging', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const slider = screen.getByRole('slider');
    layOutLine(slider);
    fireEvent.pointerDown(slider, { clientX: 166, button: 0, pointerId: 1 });
    expect(onChange).toHaveBeenLastCalledWith(7.3);
    fireEvent.pointerMove(slider, { clientX: 70, pointerId: 1 });
    expect(onChange).toHaveBeenLastCalledWith(2.5);
    fireEvent.pointerUp(slider, { clientX: 70, pointerId: 1 });
    fireEvent.pointerMove(slider, { clientX: 200, pointerId: 1 });
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(slider.getAttribute('aria-valuenow')).toBe('2.5');
    expect(slider.getAttribute('aria-valuetext')).toBe('2,5 av 10');
    // No number is shown on screen while marking, only to assistive technology.
    expect(slider.textContent).toBe('');
  });

  it('moves by keyboard: arrows 0.1, Page keys 1, Home and End to the ends', () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const slider = screen.getByRole('slider');
    // Unmarked, it says so, and the first press enters from the low end, never at 5.
    expect(slider.getAttribute('aria-valuetext')).toBe('Inte markerad');
    expect(slider.getAttribute('aria-valuenow')).toBeNull();
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(onChange).toHaveBeenLastCalledWith(0);
    fireEvent.keyDown(slider, { key: 'PageUp' });
    expect(onChange).toHaveBeenLastCalledWith(1);
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(onChange).toHaveBeenLastCalledWith(1.1);
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(onChange).toHaveBeenLastCalledWith(1);
    fireEvent.keyDown(slider, { key: 'End' });
    expect(onChange).toHaveBeenLastCalledWith(10);
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(onChange).toHaveBeenLastCalledWith(0);
    fireEvent.keyDown(slider, { key: 'Tab' });
    expect(onChange).toHaveBeenCalledTimes(6);
  });

  it('shows whole-step numbers on a 0–10 step scale', () => {
    render(<Harness onChange={() => {}} scale={{ kind: 'steps', min: 0, max: 10, step: 1 }} />);
    const slider = screen.getByRole('slider');
    fireEvent.keyDown(slider, { key: 'End' });
    expect(slider.getAttribute('aria-valuetext')).toBe('10 av 10');
    expect(document.querySelector('.vas-tick--on')?.textContent).toBe('10');
  });
});
