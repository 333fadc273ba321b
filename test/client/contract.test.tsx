// @vitest-environment happy-dom
import '../../src/client/i18n/staff';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { staffApi } from '../../src/client/staff/api';
import { Devices } from '../../src/client/ui/coach/Devices';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A server that answers with the wrong shape: an older or broken version, or a proxy page. */
const answer = (body: unknown, status = 200) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status })),
  );

describe('an answer that does not match its contract', () => {
  it('is refused by the staff client with its own code', async () => {
    answer({ participants: [{ id: 1, code: null }] });
    await expect(staffApi.participants()).rejects.toMatchObject({ code: 'unexpected_response' });
  });

  it('is said plainly on the screen, not shown as an empty list', async () => {
    answer({ devices: 'none' });
    render(<Devices participantId="p-1" active={false} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('känner igen'));
    expect(screen.queryByText('Ingen telefon är kopplad ännu.')).toBeNull();
  });
});
