/**
 * Roles, reporting lines and the authority each role holds, delegated down the hierarchy with
 * shrinking limits: {@link dev.suanpan.core.authority.AuthorityPolicy} answers who must sign a
 * request ({@link dev.suanpan.core.authority.AuthorityRoute}).
 */
package dev.suanpan.core.authority;
