package org.crosswalk.plans.catalogue;

import java.util.Arrays;
import java.util.List;

/**
 * The mapping table of the Oxfordshire HIB paper of 14 February 2019 (seed 001, section 3),
 * transcribed row by row: what the sample workspace, and every paper exported from it, must hold.
 * {@link SampleAgainstSeedTest} checks the transcription against the seed file itself.
 */
public final class SeedTable {
    private SeedTable() {
    }

    /** A cited plan text: its paragraph number (null when unnumbered), printed page, first words. */
    public record Cite(String number, int page, String start) {
    }

    /** A priority row; "|" in a sub-item marks where the seed breaks it across the table. */
    public record Row(String priority, List<String> subItems, String noMention, List<Cite> cites) {
    }

    public record Group(String theme, List<Row> rows) {
    }

    public static final List<Group> TABLE = List.of(
            new Group("Keeping Yourself Healthy / Prevent", List.of(
                    none("Reduce Physical Inactivity / Promote Physical Activity",
                            "No specific mention in the Long Term Plan."),
                    row("Enable people to eat healthily", List.of(), p("2.18", 37), p("2.19", 37)),
                    row("Reduce smoking prevalence", List.of(), p("2.9", 35), p("2.10", 35), p("2.11", 35)),
                    row("Promote Mental Wellbeing", List.of(), p("1.43", 26), p("2.38", 42), p("3.105", 72)),
                    row("Tackle wider determinants of health", List.of("Housing and homelessness", "Air Quality"),
                            p("2.32", 42), p("2.21", 38)),
                    row("Immunisation", List.of(), p("1.11", 15), p("3.43", 54), p("5.12", 93)))),
            new Group("Reducing the impact of ill health (Reduce)", List.of(
                    row("Prevent chronic disease though tackling obesity",
                            List.of("Weight management initiatives", "Diabetes prevention"),
                            prose(37, "The NHS will therefore provide a targeted support offer"), p("2.15", 37)),
                    row("Screening for early awareness of risk", List.of("NHS Health Checks",
                                    "Cancer screening programmes (e.g. Bowel, cervical, breast screening)"),
                            p("3.68", 62), p("3.69", 62), p("3.53", 58), p("3.54", 58), p("3.55", 58)),
                    row("Alcohol advice and treatment", List.of("Identification and brief advice on harmful drinking",
                            "Alcohol liaison in hospitals", "Alcohol treatment services"), p("2.20", 38)),
                    none("Community Safety impact on health outcomes / Domestic abuse",
                            "No mention in the long term plan"))),
            new Group("Shaping Healthy Places and Communities", List.of(
                    row("Healthy Environment and Housing Development", List.of(
                                    "Learn from the Healthy New Towns and influence policy",
                                    "Ensure our roads and housing developments enable safe walking and cycling",
                                    "Ensure spatial planning|facilitates social interaction for all generations – "
                                            + "giving opportunities for people to meet who might not do so otherwise"),
                            p("1.51", 29), prose(113, "Remove specific impediments to ‘place-based’ NHS commissioning"),
                            prose(119, "Looking beyond healthcare provision, the NHS has a wider role")),
                    row("Social Prescribing", List.of("Referral from Primary Care to non-medical schemes e.g. for "
                            + "physical activity, social networks, support groups"), p("1.40", 25), p("2.35", 43)),
                    none("Making Every Contact Count, Campaigns", "Not mentioned"))));

    static Row row(String title, List<String> subItems, Cite... cites) {
        return new Row(title, subItems, null, List.of(cites));
    }

    static Row none(String title, String wording) {
        return new Row(title, List.of(), wording, List.of());
    }

    static Cite p(String number, int page) {
        return new Cite(number, page, null);
    }

    static Cite prose(int page, String start) {
        return new Cite(null, page, start);
    }
}
