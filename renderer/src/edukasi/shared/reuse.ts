/**
 * Building blocks shared with the desk-admin screens (page header, load/pager hooks, dates).
 * Re-exported from one place so the Rumah Edukasi screens do not reach into another feature
 * everywhere, and a later move to renderer/src/ui touches one file.
 */

export { staffHref } from '../../desk/paths';
export { FormProblem } from '../../desk-admin/shared/FormProblem';
export { formatDay, formatPhone, jakartaToday } from '../../desk-admin/shared/format';
export { LoadProblem } from '../../desk-admin/shared/LoadProblem';
export { PageHeader } from '../../desk-admin/shared/PageHeader';
export { PagerBar } from '../../desk-admin/shared/PagerBar';
export { usePager } from '../../desk-admin/shared/pager';
export { Success } from '../../desk-admin/shared/Success';
export { useLoad } from '../../desk-admin/shared/use-load';
