/**
 * Creating a key pair in the real renderer, with the real handlers, worker, vault and keychain:
 * the dialog, the details, the certificate request saved through the (test) save dialog, and the
 * "create here" path of the credentials step's three ways.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function openKeyPairs(page: Page): Promise<void> {
  await page.getByRole('treeitem', { name: 'Key pairs' }).click();
  await expect(page.getByRole('heading', { name: 'Key pairs', level: 1 })).toBeVisible();
}

test('creates a key pair here, shows it like an imported one and saves a certificate request', async ({
  page,
  app,
}) => {
  await openKeyPairs(page);
  await page.getByTestId('keypair-create').click();
  const dialog = page.getByTestId('keypair-create-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('keypair-create-name').locator('input').fill('Laptop key');
  await dialog.getByTestId('keypair-create-subject').locator('input').fill('CN=TECH_USER, OU=SYS01');
  await dialog.getByTestId('keypair-create-submit').click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });

  const details = page.getByTestId('keypair-details');
  await expect(details).toContainText('Laptop key');
  await expect(details).toContainText('CN=TECH_USER, OU=SYS01');
  await expect(details).toContainText('clientAuth');
  await expect(details).toContainText('RSA, 2048 bit');
  await expect(details).toContainText('Created in C4C Connect');
  expect(app.services.keyPairs.list().map((k) => k.origin)).toEqual(['created']);

  const csr = join(app.dataFolder, 'laptop.csr');
  app.host.nextSavePath(csr);
  await page.getByTestId('keypair-save-csr').click();
  await expect(page.getByTestId('keypairs-notice')).toContainText(csr);
  expect(readFileSync(csr, 'utf8')).toContain('BEGIN CERTIFICATE REQUEST');
});
