import { expect, test } from '../fixtures/duet';
import { answer, typeInto } from '../fixtures/pane';

/*
 * The dialog itself needs answers in two panes; with one pane on screen these specs check what the
 * header offers before that (the comparison is covered by the unit tests of features/diff).
 */
test.describe('diff answers', () => {
  test('the Diff answers button says why it is disabled until two panes have answers', async ({ app }) => {
    const button = app.getByRole('button', { name: 'Diff answers' });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription('Diff needs answers in two panes');

    await typeInto(app, 'User message', 'One answer only');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(answer(app).getByLabel('Run details')).toContainText('finished');
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription('Diff needs an answer in a second pane');
  });
});
