/**
 * The client of these screens: the staff client with the session lock in between (an idle or
 * expired session, or a temporary password, opens the lock screen and the call is sent again).
 * One import to change if the staff area's client moves.
 */
export { staffApi as deskApi } from '../../staff/session';
