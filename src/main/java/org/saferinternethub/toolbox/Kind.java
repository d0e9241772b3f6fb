package org.saferinternethub.toolbox;

/** What sort of resource it is. */
public enum Kind {
    LESSON_PLAN, GAME, VIDEO, GUIDE, WORKSHOP, TRAINING, CAMPAIGN, WEBSITE, RESEARCH
}
