import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/use-document-title';
import { updateVisitor, useVisitor } from '../session/visitor';
import { useKioskLang } from '../shared/lang';
import { SearchField } from '../shared/SearchField';
import { HomeTiles } from './HomeTiles';
import { SearchResults } from './SearchResults';
import { useArticleSearch } from './use-article-search';
import './home.css';

/**
 * The first screen: one question, a search box, and ten big topics. While the visitor types,
 * the topics give way to the results (one idea per screen); clearing the box brings them back.
 */
export function HomeScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('kiosk.documentTitle'));
  const lang = useKioskLang();
  const search = useVisitor((s) => s.search);
  const state = useArticleSearch(search, lang);
  const noResults = state.kind === 'done' && state.results.length === 0;

  return (
    <div className="kiosk-home">
      <p className="kiosk-intro">{t('kiosk.intro')}</p>
      <SearchField
        label={t('kiosk.search.label')}
        placeholder={t('kiosk.search.placeholder')}
        value={search}
        onChange={(value) => updateVisitor((s) => ({ ...s, search: value }))}
        hideLabel
      />
      {search.trim() === '' ? (
        <HomeTiles />
      ) : (
        <>
          <SearchResults state={state} />
          {noResults && <HomeTiles />}
        </>
      )}
    </div>
  );
}
