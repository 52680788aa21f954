/** Staff client with the session lock in between; one import to change if it moves. */
export { staffApi as eduApi } from '../../staff/session';
