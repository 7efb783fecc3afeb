package org.commitmenttracker.item;

import static org.commitmenttracker.item.ItemSamples.*;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.refusal.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A stated position is on record and nothing more: no status moves, no party positions, no implementing. */
class StatementFactsTest {

    private AggregateTestFixture<Item> fixture;
    private FakeReferences references;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Item.class);
        references = references();
        fixture.registerInjectableResource(references);
    }

    private static StatementMade statementMade() {
        return new StatementMade(
                ID,
                SESSION_2022,
                "TJK",
                "Emomali Rahmon",
                "Tajikistan warns of terrorist camps near the southern borders",
                null,
                List.of("afghanistan"),
                List.of(new Figure("training-camps-min", java.math.BigDecimal.valueOf(40), "camps", "TJK")),
                JAN_2022,
                SOURCE,
                "Рахмон предупреждает о лагерях террористов у южных границ.",
                null,
                null);
    }

    @Test
    void givenNothing_whenStatementRecorded_thenStatementMade() {
        StatementMade made = statementMade();
        fixture.givenNoPriorActivity()
                .when(new RecordStatement(
                        ID,
                        SESSION_2022,
                        "TJK",
                        "Emomali Rahmon",
                        made.title(),
                        null,
                        made.themes(),
                        made.figures(),
                        JAN_2022,
                        SOURCE,
                        made.summaryRu(),
                        null,
                        null))
                .expectEvents(made);
    }

    @Test
    void givenStatement_whenAnyStatusChange_thenIllegalTransition() {
        fixture.given(statementMade()).when(changeStatus(ItemStatus.ADOPTED)).expectException(IllegalTransition.class);
    }

    @Test
    void givenStatement_whenPositionRecorded_thenRuleViolation() {
        fixture.given(statementMade())
                .when(new RecordPosition(ID, null, "KAZ", PartyPosition.SIGNED, SESSION_2022, null, JAN_2022, SOURCE))
                .expectException(RuleViolation.class);
    }

    @Test
    void givenStatement_whenLinkedAsImplementingADecision_thenInvalidField() {
        references.items.put(OTHER, ItemKind.DECISION);
        fixture.given(statementMade())
                .when(link(LinkRelation.IMPLEMENTS, OTHER))
                .expectException(InvalidField.class);
    }

    @Test
    void givenStatement_whenLinkedAsConflictingWithADecision_thenItemLinked() {
        references.items.put(OTHER, ItemKind.DECISION);
        fixture.given(statementMade())
                .when(link(LinkRelation.CONFLICTS_WITH, OTHER))
                .expectEvents(new ItemLinked(ID, LinkRelation.CONFLICTS_WITH, OTHER, null, JAN_2022, SOURCE));
    }

    @Test
    void stated_isClosedFromTheStart() {
        org.assertj.core.api.Assertions.assertThat(Lifecycle.STATEMENT.isOpen(ItemStatus.STATED))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(
                        Lifecycle.of(ItemKind.STATEMENT).opening())
                .isEqualTo(ItemStatus.STATED);
    }
}
