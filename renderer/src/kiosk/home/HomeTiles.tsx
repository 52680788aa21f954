import { useTranslation } from 'react-i18next';
import { KioskLink } from '../shared/KioskLink';
import { TILES } from './tiles';

export function HomeTiles() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('kiosk.home.topics')} className="kiosk-tiles-nav">
      <ul className="kiosk-tiles">
        {TILES.map(({ id, to, Icon, tone }) => (
          <li key={id}>
            <KioskLink to={to} className={`kiosk-tile kiosk-tone-${tone}`}>
              <span className="kiosk-tile-icon" aria-hidden>
                <Icon size={52} stroke={1.8} />
              </span>
              <span className="kiosk-tile-label">{t(`kiosk.tiles.${id}`)}</span>
            </KioskLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
