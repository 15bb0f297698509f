/** The schema of a topic's review record: its reviewers and their sign-offs. */
import { SIGN_OFF_SCOPES } from '../../model/index.js';
import { arrayOf, child, object, optional, refine, verbatim } from './check.js';
import { identifier, isoDate, matching, oneOf, text } from './values.js';

const FINGERPRINT = '^sha256-[A-Za-z0-9+/]{43}=$';
/** `exercise <id>`, `care <level>`, `treatment <id>`, `tip <id>` or `causes`. */
const ITEM = '^(?:(?:exercise|care|treatment|tip) [a-z0-9]+(?:-[a-z0-9]+)*|causes)$';

const FINGERPRINT_MESSAGE = 'expected a fingerprint such as sha256-… (44 base64 characters)';

/**
 * `{ reviewers, signOffs }`; every sign-off names reviewers the record lists. A record, kept as it
 * is in a translation.
 */
export function topicReview() {
  const shape = object({
    reviewers: arrayOf(
      object({
        id: identifier(),
        name: text({ maxLength: 200 }),
        credentials: text({ maxLength: 100 }),
        profession: text({ maxLength: 100 }),
        licence: object({ number: text({ maxLength: 100 }), issuer: text({ maxLength: 200 }) }),
        checked: isoDate(),
      }),
      { max: 100 },
    ),
    signOffs: arrayOf(
      object({
        item: matching(ITEM, 'expected "exercise <id>", "care <level>", "treatment <id>", "tip <id>" or "causes"'),
        scope: oneOf(SIGN_OFF_SCOPES),
        reviewers: arrayOf(identifier(), { min: 1, max: 10 }),
        date: isoDate(),
        fingerprint: matching(FINGERPRINT, FINGERPRINT_MESSAGE),
        sourceFingerprint: optional(matching(FINGERPRINT, FINGERPRINT_MESSAGE)),
      }),
      { max: 500 },
    ),
  });
  return verbatim(
    refine(
      shape,
      ({ reviewers, signOffs }, path, problems) =>
        signOffs.forEach((signOff, i) =>
          signOff.reviewers
            .filter((id) => !reviewers.some((r) => r.id === id))
            .forEach((id) =>
              problems.push({
                path: `${child(path, 'signOffs')}[${i}].reviewers`,
                message: `"${id}" is not one of the review's reviewers`,
              }),
            ),
        ),
      'The validator also checks that every sign-off names reviewers listed in reviewers.',
    ),
  );
}
