import {
  IconAlertTriangle,
  IconBuildingCommunity,
  IconCash,
  IconFiles,
  IconFriends,
  IconHeadset,
  IconRoute,
  IconStairs,
  IconTicket,
  IconWorld,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { kioskPath } from '../kiosk-routes';

export type TileId =
  | 'syarat'
  | 'langkah'
  | 'jalur'
  | 'cekP3mi'
  | 'biaya'
  | 'waspada'
  | 'negara'
  | 'kontak'
  | 'keluarga'
  | 'antrian';

export interface Tile {
  id: TileId;
  to: string;
  Icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean; stroke?: number }>;
  /** Colour family of the icon disc; every pairing passes AA against its background. */
  tone: 'teal' | 'blue' | 'indigo' | 'violet' | 'green' | 'red' | 'cyan' | 'orange' | 'pink' | 'queue';
}

/** The home screen's ten topics (issue 3 item 2), in the order people usually need them. */
export const TILES: readonly Tile[] = [
  { id: 'syarat', to: kioskPath.category('syarat'), Icon: IconFiles, tone: 'teal' },
  { id: 'langkah', to: kioskPath.category('langkah'), Icon: IconStairs, tone: 'blue' },
  { id: 'jalur', to: kioskPath.category('jalur'), Icon: IconRoute, tone: 'indigo' },
  { id: 'cekP3mi', to: kioskPath.p3mi, Icon: IconBuildingCommunity, tone: 'violet' },
  { id: 'biaya', to: kioskPath.category('biaya'), Icon: IconCash, tone: 'green' },
  { id: 'waspada', to: kioskPath.category('waspada'), Icon: IconAlertTriangle, tone: 'red' },
  { id: 'negara', to: kioskPath.destinations, Icon: IconWorld, tone: 'cyan' },
  { id: 'kontak', to: kioskPath.contacts, Icon: IconHeadset, tone: 'orange' },
  { id: 'keluarga', to: kioskPath.category('keluarga'), Icon: IconFriends, tone: 'pink' },
  { id: 'antrian', to: kioskPath.queue, Icon: IconTicket, tone: 'queue' },
];
