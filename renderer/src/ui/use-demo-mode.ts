import { useEffect, useState } from 'react';
import { api } from '../platform/api';
import { createClient } from '../platform/client';
import { createHttpTransport } from '../platform/transport';
import { createDemoFlag } from './use-demo-flag';

/**
 * `kiosk.profile` is public. In the browser it is asked without cookies, like the queue TV does,
 * so this check never touches (nor keeps alive) a staff session open in the same browser.
 */
const publicApi =
  typeof window !== 'undefined' && !window.balai
    ? createClient(createHttpTransport((input, init) => fetch(input, { ...init, credentials: 'omit' })))
    : api;

const demoFlag = createDemoFlag(() => publicApi.call('kiosk.profile'));

/** True on the demo village. False until known, so a real village never sees a flash of the banner. */
export function useDemoMode(): boolean {
  const [demo, setDemo] = useState(() => demoFlag.current() === true);
  useEffect(() => {
    let live = true;
    void demoFlag.load().then((value) => {
      if (live) setDemo(value);
    });
    return () => {
      live = false;
    };
  }, []);
  return demo;
}
