import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvidenceUploader, type UploadEvidenceFn, type UploadedEvidence } from './EvidenceUploader';
import { checkEvidenceFile } from './evidenceFileRules';

function fileOf(name: string, size = 1024, type = 'application/pdf'): File {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

function fileInput(container: HTMLElement): HTMLInputElement {
  const input = container.querySelector('input[type="file"]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  return input;
}

/** An upload whose progress and outcome the test drives by hand. */
function manualUpload() {
  const calls: Array<{ file: File; progress: (p: number) => void; resolve: (e: UploadedEvidence) => void; reject: (e: unknown) => void }> = [];
  const upload: UploadEvidenceFn = (file, progress) =>
    new Promise((resolve, reject) => {
      calls.push({ file, progress, resolve, reject });
    });
  return { upload: jest.fn(upload), calls };
}

describe('EvidenceUploader', () => {
  it('refuses an .exe and an oversize file before uploading', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const upload = jest.fn<ReturnType<UploadEvidenceFn>, Parameters<UploadEvidenceFn>>();
    const { container } = render(<EvidenceUploader upload={upload} maxSizeMB={20} />);

    await user.upload(fileInput(container), [fileOf('setup.exe', 100, 'application/x-msdownload'), fileOf('scan.pdf', 21 * 1024 * 1024)]);

    expect(await screen.findByText(/“setup.exe”的文件类型不支持/)).toBeInTheDocument();
    expect(screen.getByText('“scan.pdf”超过 20 MB，无法上传')).toBeInTheDocument();
    expect(upload).not.toHaveBeenCalled();
  });

  it('shows the progress reported by the injected upload and reports the stored file', async () => {
    const user = userEvent.setup();
    const { upload, calls } = manualUpload();
    const onChange = jest.fn();
    const onBusyChange = jest.fn();
    const { container } = render(<EvidenceUploader upload={upload} onChange={onChange} onBusyChange={onBusyChange} />);

    await user.upload(fileInput(container), fileOf('会议纪要.pdf'));
    await screen.findByTestId('evidence-会议纪要.pdf');
    expect(upload).toHaveBeenCalledTimes(1);
    expect(onBusyChange).toHaveBeenLastCalledWith(true);

    act(() => calls[0]!.progress(42));
    expect(within(screen.getByTestId('evidence-会议纪要.pdf')).getByText('42%')).toBeInTheDocument();

    await act(async () => calls[0]!.resolve({ id: 'ev-1', name: '会议纪要.pdf' }));
    expect(await screen.findByText('已上传')).toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith([{ id: 'ev-1', name: '会议纪要.pdf' }]);
    expect(onBusyChange).toHaveBeenLastCalledWith(false);
  });

  it('retries a failed upload', async () => {
    const user = userEvent.setup();
    const { upload, calls } = manualUpload();
    const onChange = jest.fn();
    const { container } = render(<EvidenceUploader upload={upload} onChange={onChange} />);

    await user.upload(fileInput(container), fileOf('签到表.png', 2048, 'image/png'));
    await screen.findByTestId('evidence-签到表.png');
    await act(async () => calls[0]!.reject(new TypeError('Failed to fetch')));
    expect(await screen.findByText('上传失败：网络连接失败，请检查网络后重试')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /重试/ }));
    expect(upload).toHaveBeenCalledTimes(2);
    expect(calls[1]!.file.name).toBe('签到表.png');
    await act(async () => calls[1]!.resolve({ id: 'ev-2', name: '签到表.png' }));
    expect(await screen.findByText('已上传')).toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith([{ id: 'ev-2', name: '签到表.png' }]);
  });

  it('removes a file before submit', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(<EvidenceUploader upload={jest.fn()} defaultValue={[{ id: 'ev-9', name: '台账.xlsx' }]} onChange={onChange} />);
    expect(screen.getByText('台账.xlsx')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '删除 台账.xlsx' }));
    expect(screen.queryByText('台账.xlsx')).not.toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});

describe('checkEvidenceFile', () => {
  it('accepts the evidence kinds by extension, case-insensitively', () => {
    const kinds = ['PDF', 'IMAGE', 'XLSX', 'DOCX'] as const;
    for (const name of ['a.PDF', 'b.jpg', 'c.jpeg', 'd.png', 'e.xlsx', 'f.docx']) {
      expect(checkEvidenceFile({ name, size: 10 }, [...kinds], 20)).toBeNull();
    }
    expect(checkEvidenceFile({ name: 'g.doc', size: 10 }, [...kinds], 20)).toMatch(/不支持/);
    expect(checkEvidenceFile({ name: 'h.pdf', size: 0 }, [...kinds], 20)).toBe('“h.pdf”是空文件');
  });
});
