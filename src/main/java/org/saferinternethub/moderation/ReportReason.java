package org.saferinternethub.moderation;

/** Why a member reports content. */
public enum ReportReason {
    PERSONAL_INFORMATION, BULLYING, SEXUAL, SELF_HARM_WORRY, SPAM, OTHER
}
