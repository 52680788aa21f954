import { createClient } from './client';
import { pickTransport } from './transport';

/** The renderer's single client, over IPC (desktop) or HTTP (browser). */
export const api = createClient(pickTransport());
