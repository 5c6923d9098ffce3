import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { ApiKeyAccess } from "./models/api-key-access"
import { StaffRole } from "./models/role"
import { StaffMember } from "./models/staff-member"
import { SecondFactorReset } from "./models/second-factor-reset"
import { StaffSession } from "./models/staff-session"
import { hashPin, PIN_PATTERN, pinMatches } from "./pin"
import { type AttemptLimit, MAX_FAILED_LOGINS, MAX_FAILED_PINS, PIN_LOCK_MINUTES, SIGN_IN_PER_ACCOUNT_AND_SOURCE } from "./security"

export type StaffInput = {
  user_id: string
  /** Role names, e.g. ["Manager"]. */
  roles: string[]
  branch_ids?: string[]
  all_branches?: boolean
  phone?: string | null
  hire_date?: Date | string | null
  avatar_url?: string | null
  is_active?: boolean
  commission_rate?: number | null
  pin?: string | null
}

/** A secret API key's access as access decisions read it. */
export type ApiKeyAccessRow = {
  id: string
  api_key_id: string
  role_ids: string[]
  branch_ids: string[]
  all_branches: boolean
  rate_limit_per_minute: number | null
}

/** The staff columns access decisions read. */
export type StaffAccessRow = {
  id: string
  user_id: string
  role_ids: string[]
  branch_ids: string[]
  all_branches: boolean
  is_active: boolean
  last_seen_at: Date | string | null
  second_factor_since: Date | string | null
  /** Names of the staff member's roles that require a second factor. */
  second_factor_roles: string[]
  /** The token this request came with belongs to a session that was ended (signed out, or ended from the profile). */
  session_ended: boolean
}

/** Which sign-in a request came with (access/sign-in-token.ts): its token's key, or its cookie session. */
export type SignInRef = { token_key: string | null; cookie_session_id: string | null }
const NO_SIGN_IN: SignInRef = { token_key: null, cookie_session_id: null }

export type PinCheck = "ok" | "wrong" | "locked" | "no_pin"

/** A sign-in counter: `key` names what is counted (an account from an address, an address). */
export type ThrottleKey = AttemptLimit & { key: string }

/** What taking an attempt answered: go ahead, or the lock that refused it. */
export type AttemptTaken = { ok: true } | { ok: false; key: string; locked_until: Date }

export type SignInThrottleRow = { key: string; attempts: number; window_ends_at: Date; locked_until: Date | null }

/** What `prepare` turns StaffInput into: the stored columns. */
type StaffColumns = Omit<Partial<StaffInput>, "roles" | "pin" | "hire_date"> & {
  role_ids?: string[]
  hire_date?: Date | null
  pin_hash?: string | null
  pin_failed_count?: number
  pin_locked_until?: Date | null
}

export default class StaffModuleService extends MedusaService({ StaffRole, StaffMember, StaffSession, SecondFactorReset, ApiKeyAccess }) {
  /** Creates staff members after checking every field; role names become role ids, PINs hashes. */
  async createStaff(input: StaffInput[]) {
    const rows = await Promise.all(input.map((s) => this.prepare(s)))
    return this.createStaffMembers(rows)
  }

  /** Updates one staff member; only the given fields change. */
  async updateStaff(id: string, patch: Partial<StaffInput>) {
    const data = await this.prepare(patch)
    return this.updateStaffMembers({ id, ...data })
  }

  /**
   * A user's staff record and the union of their roles' policies, in one query: every request
   * reads it (so a deactivation or a role change applies to the very next one).
   */
  @InjectManager()
  async accessRecord(userId: string, signIn: SignInRef = NO_SIGN_IN, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [row] = (await ctx.manager!.execute(
      `select s.id, s.user_id, s.role_ids, s.branch_ids, s.all_branches, s.is_active, s.last_seen_at, s.second_factor_since,
              array(select distinct p from kassa_role r, unnest(r.policies) p where r.id = any(s.role_ids) and r.deleted_at is null) as policies,
              array(select r.name from kassa_role r where r.id = any(s.role_ids) and r.deleted_at is null and r.requires_second_factor order by r.name) as second_factor_roles,
              exists(select 1 from kassa_staff_session x
                      where x.staff_member_id = s.id and (x.token_key = ? or x.cookie_session_id = ?) and x.ended_at is not null and x.deleted_at is null) as session_ended
         from kassa_staff_member s
        where s.user_id = ? and s.deleted_at is null
        limit 1`,
      [signIn.token_key, signIn.cookie_session_id, userId]
    )) as (StaffAccessRow & { policies: string[] })[]
    if (!row) return null
    const { policies, ...staff } = row
    return { staff: staff as StaffAccessRow, policies: new Set(policies) }
  }

  /**
   * A secret API key's Kassa access with its roles' policies, in one query like a staff
   * member's; null when the key was given none (it then holds no policy).
   */
  @InjectManager()
  async apiKeyAccessRecord(apiKeyId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [row] = (await ctx.manager!.execute(
      `select a.id, a.api_key_id, a.role_ids, a.branch_ids, a.all_branches, a.rate_limit_per_minute,
              array(select distinct p from kassa_role r, unnest(r.policies) p where r.id = any(a.role_ids) and r.deleted_at is null) as policies
         from kassa_api_key_access a
        where a.api_key_id = ? and a.deleted_at is null
        limit 1`,
      [apiKeyId]
    )) as (ApiKeyAccessRow & { policies: string[] })[]
    if (!row) return null
    const { policies, ...access } = row
    return { access: access as ApiKeyAccessRow, policies: new Set(policies) }
  }

  /**
   * Counts one call of a key in the current minute (PostgreSQL, shared by every server process)
   * and answers the minute's count so far; a key's counts older than ten minutes go as its next
   * minute starts.
   */
  @InjectManager()
  async countApiKeyCall(apiKeyId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [row] = (await ctx.manager!.execute(
      `insert into kassa_api_key_usage (api_key_id, minute, calls) values (?, date_trunc('minute', now()), 1)
       on conflict (api_key_id, minute) do update set calls = kassa_api_key_usage.calls + 1
       returning calls`,
      [apiKeyId]
    )) as { calls: number }[]
    if (row.calls === 1) {
      await ctx.manager!.execute(`delete from kassa_api_key_usage where api_key_id = ? and minute < now() - interval '10 minutes'`, [apiKeyId])
    }
    return row.calls
  }

  /**
   * A sales agent's id, user and commission rate, active or not (a sale keeps the agent it was
   * rung up with): one query on every checkout, without the ORM's per-call cost (bench/pos).
   */
  @InjectManager()
  async sellerRecord(staffId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [row] = (await ctx.manager!.execute(
      `select id, user_id, commission_rate from kassa_staff_member where id = ? and deleted_at is null`,
      [staffId]
    )) as { id: string; user_id: string; commission_rate: string | null }[]
    return row ?? null
  }

  /** The union of the staff member's roles' policies. */
  async policiesOf(staff: { role_ids: string[] }): Promise<Set<string>> {
    if (!staff.role_ids.length) return new Set()
    const roles = await this.listStaffRoles({ id: staff.role_ids }, { select: ["policies"] })
    return new Set(roles.flatMap((r) => r.policies as string[]))
  }

  private async prepare(s: Partial<StaffInput>): Promise<StaffColumns> {
    const problems: string[] = []
    const { roles, pin, hire_date, ...rest } = s
    const row: StaffColumns = { ...rest }
    if (hire_date !== undefined) row.hire_date = hire_date === null ? null : new Date(hire_date)

    if (s.commission_rate !== undefined && s.commission_rate !== null && !(s.commission_rate >= 0 && s.commission_rate <= 100)) {
      problems.push(`commission_rate is a percentage from 0 to 100, got ${s.commission_rate}`)
    }
    if (pin !== undefined && pin !== null && !PIN_PATTERN.test(pin)) {
      problems.push("pin must be 4 to 6 digits")
    }
    if (hire_date && Number.isNaN(new Date(hire_date).getTime())) {
      problems.push(`hire_date is not a date: ${hire_date}`)
    }
    if (roles !== undefined) {
      if (!roles.length) problems.push("a staff member needs at least one role")
      const found = roles.length ? await this.listStaffRoles({ name: roles }, { select: ["id", "name"] }) : []
      const unknown = roles.filter((name) => !found.some((r) => r.name === name))
      if (unknown.length) problems.push(`unknown role${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}`)
      row.role_ids = found.map((r) => r.id)
    }
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))

    if (pin !== undefined) {
      row.pin_hash = pin === null ? null : await hashPin(pin)
      row.pin_failed_count = 0
      row.pin_locked_until = null
    }
    return row
  }

  /**
   * Checks a PIN typed at the counter. The attempt is counted before the PIN is compared, in one
   * UPDATE that refuses a locked PIN: parallel guesses each take a turn, and once MAX_FAILED_PINS
   * are taken the rest are refused without being checked. A right PIN gives the count back.
   */
  @InjectManager()
  async verifyPin(staffId: string, pin: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<PinCheck> {
    const [taken] = (await ctx.manager!.execute(
      `update kassa_staff_member
          set pin_failed_count = pin_failed_count + 1,
              pin_locked_until = case when pin_failed_count + 1 >= ? then now() + make_interval(mins => ?) else pin_locked_until end
        where id = ? and deleted_at is null and pin_hash is not null
          and (pin_locked_until is null or pin_locked_until <= now())
        returning pin_hash`,
      [MAX_FAILED_PINS, PIN_LOCK_MINUTES, staffId]
    )) as { pin_hash: string }[]
    if (!taken) return (await this.pinLockedUntil(staffId, ctx)) ? "locked" : "no_pin"
    if (PIN_PATTERN.test(pin) && (await pinMatches(pin, taken.pin_hash))) {
      await ctx.manager!.execute(`update kassa_staff_member set pin_failed_count = 0, pin_locked_until = null where id = ?`, [staffId])
      return "ok"
    }
    return "wrong"
  }

  /** Until when a staff member's PIN is locked, if it is (and they have one). */
  @InjectManager()
  async pinLockedUntil(staffId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<Date | null> {
    const [row] = (await ctx.manager!.execute(
      `select pin_locked_until from kassa_staff_member
        where id = ? and deleted_at is null and pin_hash is not null and pin_locked_until > now()`,
      [staffId]
    )) as { pin_locked_until: Date }[]
    return row ? new Date(row.pin_locked_until) : null
  }

  /**
   * Takes one sign-in attempt on each counter, in order, before the password is checked: one
   * upsert per counter that refuses when it is locked, and locks it when this attempt is the
   * limit-th of its window. Twenty wrong passwords sent at once thus see five checked and fifteen
   * refused, where a read-check-then-count would let all twenty through. A refusal gives back
   * what the earlier counters took.
   */
  @InjectManager()
  async takeSignInAttempt(keys: ThrottleKey[], @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<AttemptTaken> {
    for (const [i, k] of keys.entries()) {
      const [row] = (await ctx.manager!.execute(
        `insert into kassa_sign_in_throttle as t (key, attempts, window_ends_at, locked_until)
         values (?, 1, now() + make_interval(mins => ?), case when 1 >= ? then now() + make_interval(mins => ?) end)
         on conflict (key) do update set
           attempts = case when t.window_ends_at <= now() then 1 else t.attempts + 1 end,
           window_ends_at = case when t.window_ends_at <= now() then excluded.window_ends_at else t.window_ends_at end,
           locked_until = case when (case when t.window_ends_at <= now() then 1 else t.attempts + 1 end) >= ?
                               then now() + make_interval(mins => ?) end
         where t.locked_until is null or t.locked_until <= now()
         returning locked_until`,
        [k.key, k.window_minutes, k.limit, k.lock_minutes, k.limit, k.lock_minutes]
      )) as { locked_until: Date | null }[]
      if (!row) {
        await this.giveBackSignInAttempt(keys.slice(0, i), ctx)
        const [lock] = (await ctx.manager!.execute(`select locked_until from kassa_sign_in_throttle where key = ?`, [k.key])) as {
          locked_until: Date | null
        }[]
        // The lock may have just run out: the caller retries after a second rather than never.
        return { ok: false, key: k.key, locked_until: new Date(lock?.locked_until ?? Date.now() + 1000) }
      }
    }
    return { ok: true }
  }

  /** An attempt that was not a wrong password (a sign-in, a malformed request) is not a failure. */
  @InjectManager()
  async giveBackSignInAttempt(keys: ThrottleKey[], @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    for (const k of keys) {
      await ctx.manager!.execute(
        `update kassa_sign_in_throttle
            set attempts = greatest(attempts - 1, 0),
                locked_until = case when attempts - 1 < ? then null else locked_until end
          where key = ? and window_ends_at > now()`,
        [k.limit, k.key]
      )
    }
  }

  /** A right password clears its account-and-address counter: failures count in a row. */
  @InjectManager()
  async clearSignInThrottle(key: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.manager!.execute(`delete from kassa_sign_in_throttle where key = ?`, [key])
  }

  /** Lifts an account's locks from every address (a manager's unlock); returns them for an undo. */
  @InjectManager()
  async liftSignInLocks(accountPrefix: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    return (await ctx.manager!.execute(`delete from kassa_sign_in_throttle where starts_with(key, ?) returning *`, [accountPrefix])) as SignInThrottleRow[]
  }

  @InjectManager()
  async restoreSignInLocks(rows: SignInThrottleRow[], @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    for (const r of rows) {
      await ctx.manager!.execute(
        `insert into kassa_sign_in_throttle (key, attempts, window_ends_at, locked_until) values (?, ?, ?, ?) on conflict (key) do nothing`,
        [r.key, r.attempts, r.window_ends_at, r.locked_until]
      )
    }
  }

  /**
   * Takes an authenticator code for a sign-in identity once: false when it was already taken and
   * could still be valid (Medusa's TOTP accepts a code through the next 30-second step, so a code
   * is kept 90 s). One upsert, so two requests with the same code cannot both take it.
   */
  @InjectManager()
  async takeSecondFactorCode(identityId: string, code: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const key = `${identityId}:${code}`
    const rows = (await ctx.manager!.execute(
      `insert into kassa_mfa_code_use as u (key, valid_until) values (?, now() + interval '90 seconds')
       on conflict (key) do update set valid_until = excluded.valid_until where u.valid_until <= now()
       returning key`,
      [key]
    )) as { key: string }[]
    return rows.length > 0
  }

  /** Counters whose window and lock have both run out count nothing, nor codes past their validity: the hourly job drops them. */
  @InjectManager()
  async pruneSignInThrottle(@MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.manager!.execute(`delete from kassa_sign_in_throttle where window_ends_at < now() and (locked_until is null or locked_until < now())`)
    await ctx.manager!.execute(`delete from kassa_mfa_code_use where valid_until < now()`)
  }

  /**
   * A wrong password, for the staff screen: failures in a row from any address, and the latest
   * lock one address put on this account. Sign-in itself is gated by the per-address counters.
   */
  @InjectManager()
  async recordFailedLogin(staffId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<Date | null> {
    const [row] = await ctx.manager!.execute(
      `update kassa_staff_member
          set failed_login_count = failed_login_count + 1,
              locked_until = case when failed_login_count + 1 >= ? then now() + make_interval(mins => ?) else locked_until end
        where id = ? returning locked_until`,
      [MAX_FAILED_LOGINS, SIGN_IN_PER_ACCOUNT_AND_SOURCE.lock_minutes, staffId]
    )
    return row?.locked_until ? new Date(row.locked_until) : null
  }

  /** A successful sign-in: the failure count starts over and a session opens for its token. */
  async recordLogin(staffId: string, meta: { ip?: string | null; user_agent?: string | null; token_key?: string | null; expires_at?: Date | null }) {
    const now = new Date()
    await this.updateStaffMembers({ id: staffId, failed_login_count: 0, locked_until: null, last_login_at: now, last_seen_at: now })
    return this.createStaffSessions({
      staff_member_id: staffId,
      started_at: now,
      ip: meta.ip ?? null,
      user_agent: meta.user_agent?.slice(0, 500) ?? null,
      token_key: meta.token_key ?? null,
      expires_at: meta.expires_at ?? null,
    })
  }

  /** The admin turned a sign-in's token into a cookie session: the staff session follows it. */
  @InjectManager()
  async bindCookieSession(tokenKey: string, cookieSessionId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.manager!.execute(
      `update kassa_staff_session set cookie_session_id = ?
        where id = (select id from kassa_staff_session
                     where token_key = ? and ended_at is null and cookie_session_id is null and deleted_at is null
                     order by started_at desc limit 1)`,
      [cookieSessionId, tokenKey]
    )
  }

  /**
   * A sign-out closes the session of the sign-in it came with (and with it that token or cookie);
   * a sign-in the sessions do not know (from before they kept one) closes every open session.
   */
  @InjectManager()
  async recordLogout(staffId: string, signIn: SignInRef = NO_SIGN_IN, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const closed = (await ctx.manager!.execute(
      `update kassa_staff_session set ended_at = now()
        where staff_member_id = ? and ended_at is null and (token_key = ? or cookie_session_id = ?) returning id`,
      [staffId, signIn.token_key, signIn.cookie_session_id]
    )) as unknown[]
    if (!closed.length) {
      await ctx.manager!.execute(`update kassa_staff_session set ended_at = now() where staff_member_id = ? and ended_at is null`, [staffId])
    }
    await ctx.manager!.execute(`update kassa_staff_member set last_logout_at = now() where id = ?`, [staffId])
  }

  /** The staff member's sessions still open (not ended, token not expired), newest first. */
  async openSessions(staffId: string) {
    const sessions = await this.listStaffSessions(
      { staff_member_id: staffId, ended_at: null },
      { select: ["id", "started_at", "ip", "user_agent", "expires_at", "token_key", "cookie_session_id"], order: { started_at: "DESC" }, take: 100 }
    )
    return sessions.filter((s) => !s.expires_at || new Date(s.expires_at).getTime() > Date.now())
  }

  /** Marks a request; written at most once a minute per staff member to keep requests cheap. */
  @InjectManager()
  async touch(staffId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.manager!.execute(
      `update kassa_staff_member set last_seen_at = now()
        where id = ? and (last_seen_at is null or last_seen_at < now() - interval '1 minute')`,
      [staffId]
    )
  }
}
