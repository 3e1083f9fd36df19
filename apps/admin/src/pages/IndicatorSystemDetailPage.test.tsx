import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { indicatorSystemPresets } from '../modules/indicator-systems/presets';
import IndicatorSystemDetailPage from './IndicatorSystemDetailPage';

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/indicator-systems/:id" element={<IndicatorSystemDetailPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('IndicatorSystemDetailPage', () => {
  const [system] = indicatorSystemPresets();
  if (!system) throw new Error('the registry has no indicator system');

  it('shows a preset with its source document and the tree', () => {
    renderAt(`/indicator-systems/${system.id}`);
    expect(screen.getByRole('heading', { name: system.name, level: 3 })).toBeInTheDocument();
    expect(screen.getByText(system.categories[0]!.name)).toBeInTheDocument();
  });

  it('opens the live preview from the URL and scores the first sample', () => {
    renderAt(`/indicator-systems/${system.id}?tab=preview`);
    expect(screen.getByText(/^试算结果 · /)).toBeInTheDocument();
    expect(screen.getByTestId('score-total').textContent).toMatch(/^\d+(\.\d+)?$/);
  });

  it('says when a system does not exist', () => {
    renderAt('/indicator-systems/no-such-system');
    expect(screen.getByText('未找到该指标体系')).toBeInTheDocument();
  });
});
