package org.saferinternethub.moderation;

/** What the screener found in a message. PII_* labels are personal data, the rest are harm categories. */
public enum Label {
    PII_PHONE, PII_EMAIL, PII_SOCIAL, PII_ADDRESS, PII_IBAN, PII_NATIONAL_ID,
    SELF_HARM, GROOMING, HARASSMENT, SEXUAL, SPAM
}
