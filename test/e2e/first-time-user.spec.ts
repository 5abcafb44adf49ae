/**
 * A first-time consultant, from Home to a passing practice test and on to the hand-over, using only
 * what the screen shows: roles and visible text, the practice values read from the screen (not from
 * the services). Every screen is checked with axe. Clicks and typed characters are counted and
 * printed; to a passing practice test they stay within 12 clicks and 30 characters.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectAccessible } from './wizard-flow';

interface Words {
  setup: string;
  practice: string;
  practiceRunning: string;
  next: RegExp;
  suggestion: RegExp;
  hostName: string;
  systemDone: RegExp;
  arrangementDone: RegExp;
  basic: RegExp;
  importPractice: string;
  password: string;
  savePassword: string;
  passwordStored: string;
  userPassword: string;
  testConnection: string;
  works: RegExp;
  noQuery: RegExp;
}

const WORDS: Record<'en' | 'de', Words> = {
  en: {
    setup: 'Set up a connection',
    practice: 'Use the practice tenant',
    practiceRunning: 'The practice tenant is running',
    next: /^Next/,
    suggestion: /^Use CPI_/,
    hostName: 'Host name',
    systemDone: /^Done in C4C: the communication system/,
    arrangementDone: /^Done in C4C: the arrangement/,
    basic: /^User ID and password/,
    importPractice: 'Import the practice key pair',
    password: 'Password',
    savePassword: 'Save password',
    passwordStored: 'The password is stored in the vault.',
    userPassword: "Technical user's password",
    testConnection: 'Test connection',
    works: /works/,
    noQuery: /No query chosen/,
  },
  de: {
    setup: 'Verbindung einrichten',
    practice: 'Übungs-Tenant verwenden',
    practiceRunning: 'Der Übungs-Tenant läuft',
    next: /^Weiter/,
    suggestion: /^CPI_\w+ verwenden/,
    hostName: 'Hostname',
    systemDone: /^In C4C erledigt: das Kommunikationssystem/,
    arrangementDone: /^In C4C erledigt: die Vereinbarung/,
    basic: /^Benutzer-ID und Kennwort/,
    importPractice: 'Übungs-Schlüsselpaar importieren',
    password: 'Kennwort',
    savePassword: 'Kennwort sichern',
    passwordStored: 'Das Kennwort liegt im Tresor.',
    userPassword: 'Kennwort des technischen Benutzers',
    testConnection: 'Verbindung testen',
    works: /funktioniert/,
    noQuery: /Keine Abfrage gewählt/,
  },
};

/** Counts what the user does: every click, every character typed. */
class User {
  clicks = 0;
  typed = 0;
  constructor(private readonly page: Page) {}
  async click(target: Locator): Promise<void> {
    await target.click();
    this.clicks++;
  }
  async type(target: Locator, text: string): Promise<void> {
    await target.fill(text);
    this.typed += text.length;
  }
  /** The value shown beside a label in a list of copyable values. */
  async read(region: Locator, label: string): Promise<string> {
    const row = region.locator('.copy-field').filter({ has: this.page.getByText(label, { exact: true }) });
    return ((await row.locator('code').textContent()) ?? '').trim();
  }
}

for (const language of ['en', 'de'] as const) {
  const w = WORDS[language];
  const basic = language === 'de';
  test(`first-time user (${language}): Home to a passing practice test and the hand-over, ${
    basic ? 'user and password read from the screen' : 'the practice key pair in one click'
  }`, async ({ page, app }) => {
    test.setTimeout(120_000);
    app.services.settings.set({ language });
    await app.open();
    const user = new User(page);

    await user.click(page.getByRole('button', { name: w.setup }));
    await expectAccessible(page, 'tenant');
    await user.click(page.getByRole('button', { name: w.practice }));
    const practice = page.getByRole('region', { name: w.practiceRunning });
    await expect(practice).toBeVisible({ timeout: 20_000 });
    await expectAccessible(page, 'tenant with the practice tenant');
    const technicalUser = await user.read(practice, basic ? 'Technischer Benutzer' : 'Technical user');
    const userPassword = await user.read(practice, w.userPassword);
    expect(userPassword).toMatch(/\S{8,}/);

    await user.click(page.getByRole('button', { name: w.next }));
    await expectAccessible(page, 'system');
    await user.click(page.getByRole('button', { name: w.suggestion }));
    await user.type(page.getByRole('textbox', { name: w.hostName }), 'cpi.example.com');
    await user.click(page.getByRole('checkbox', { name: w.systemDone }));
    await user.click(page.getByRole('button', { name: w.next }));

    await expectAccessible(page, 'arrangement');
    // The practice tenant's technical user is already there, as C4C would show it.
    await expect(
      page.getByRole('textbox', { name: basic ? 'ID des technischen Benutzers' : 'Technical user ID' }),
    ).toHaveValue(technicalUser);
    if (basic) await user.click(page.getByRole('radio', { name: w.basic }));
    await user.click(page.getByRole('checkbox', { name: w.arrangementDone }));
    await user.click(page.getByRole('button', { name: w.next }));

    await expectAccessible(page, 'credentials');
    if (basic) {
      await user.type(page.getByRole('textbox', { name: w.password, exact: true }), userPassword);
      await user.click(page.getByRole('button', { name: w.savePassword }));
      // As a person would: Next once the screen says the password is in the vault.
      await expect(page.getByText(w.passwordStored)).toBeVisible();
    } else {
      await user.click(page.getByRole('button', { name: w.importPractice }));
      await expect(page.getByRole('combobox', { name: 'Key pair' })).toContainText('Practice key pair');
    }
    await user.click(page.getByRole('button', { name: w.next }));
    await user.click(page.getByRole('button', { name: w.testConnection }));
    const verdict = page.getByTestId('ct-diagnosis');
    await expect(verdict).toHaveAttribute('data-code', 'OK', { timeout: 30_000 });
    await expect(verdict).toContainText(w.works);
    // It says which URL it called.
    await expect(page.getByTestId('connection-test-result')).toContainText(
      /https:\/\/127\.0\.0\.1:\d+\/sap\/c4c\/odata\/v1\/c4codataapi\//,
    );
    await expectAccessible(page, 'test');
    console.log(
      `[first-time user ${language}] to a passing practice test: ${String(user.clicks)} clicks, ${String(user.typed)} typed characters`,
    );
    expect(user.clicks, 'clicks to a passing practice test').toBeLessThanOrEqual(12);
    expect(user.typed, 'characters typed to a passing practice test').toBeLessThanOrEqual(
      basic ? 15 + userPassword.length : 30,
    );

    await user.click(page.getByRole('button', { name: w.next }));
    await expectAccessible(page, 'metadata');
    await user.click(page.getByRole('button', { name: w.next }));
    await expectAccessible(page, 'hand-over');
    // No query was chosen: the hand-over says so and carries no $top.
    await expect(page.getByTestId('wz-handover-query')).toContainText(w.noQuery);
    await expect(page.getByTestId('handover')).not.toContainText('$top');
    if (!basic) await expect(page.getByTestId('handover-privateKeyAlias')).toContainText('practice_key_pair');
    console.log(
      `[first-time user ${language}] to the hand-over: ${String(user.clicks)} clicks, ${String(user.typed)} typed characters`,
    );
  });
}
