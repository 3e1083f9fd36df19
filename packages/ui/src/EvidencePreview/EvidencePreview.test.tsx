import { render, screen } from '@testing-library/react';
import { EvidencePreview } from './EvidencePreview';
import { previewKindOf } from './evidenceKind';

describe('EvidencePreview', () => {
  it('shows a PDF in place and offers the download', () => {
    render(<EvidencePreview url="/files/evidence/1?inline=1" downloadUrl="/files/evidence/1" mime="application/pdf" name="会议纪要.pdf" size={2048} />);
    const frame = screen.getByTitle('会议纪要.pdf');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('src', '/files/evidence/1?inline=1');
    expect(screen.getByRole('link', { name: /下载/ })).toHaveAttribute('href', '/files/evidence/1');
    expect(screen.getByText('2.0 KB')).toBeInTheDocument();
  });

  it('shows an image inline', () => {
    render(<EvidencePreview url="blob:local-photo" mime="image/jpeg" name="现场照片.jpg" />);
    const img = screen.getByRole('img', { name: '现场照片.jpg' });
    expect(img).toHaveAttribute('src', 'blob:local-photo');
    expect(screen.getByTestId('evidence-preview')).toHaveAttribute('data-preview-kind', 'IMAGE');
  });

  it('turns anything else into a download card with a Chinese hint', () => {
    const { container } = render(
      <EvidencePreview
        url="/files/evidence/2"
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        name="台账.xlsx"
      />,
    );
    expect(screen.getByText('Excel 表格不能在浏览器中预览，请下载查看。')).toBeInTheDocument();
    expect(container.querySelector('img, object, iframe')).toBeNull();
    expect(screen.getByRole('link', { name: /下载/ })).toHaveAttribute('href', '/files/evidence/2');
  });

  it('decides by the name when the browser gave no type, and never renders SVG inline', () => {
    expect(previewKindOf('', '方案.PDF')).toBe('PDF');
    expect(previewKindOf('', 'photo.png')).toBe('IMAGE');
    expect(previewKindOf('image/svg+xml', 'logo.svg')).toBe('OTHER');
    expect(previewKindOf('application/msword', 'a.doc')).toBe('OTHER');
  });
});
