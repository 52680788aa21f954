import { createContext, type ReactNode, use, useState } from 'react';

/** A one-off message carried to the next screen ("Penyiapan selesai", "Anda sudah keluar"). */
export interface Notice {
  tone: 'success' | 'info';
  text: string;
}

type NoticeState = readonly [Notice | null, (notice: Notice | null) => void];

const NoticeContext = createContext<NoticeState>([null, () => {}]);

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  return <NoticeContext value={[notice, setNotice]}>{children}</NoticeContext>;
}

export function useNotice(): NoticeState {
  return use(NoticeContext);
}
