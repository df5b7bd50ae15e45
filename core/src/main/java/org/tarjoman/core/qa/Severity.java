package org.tarjoman.core.qa;

/** An error blocks a task's completion (once the workflow asks); a warning is for the translator to judge. */
public enum Severity {
    ERROR,
    WARNING
}
