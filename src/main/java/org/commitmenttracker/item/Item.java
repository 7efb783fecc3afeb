package org.commitmenttracker.item;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.shared.refusal.RuleViolation;

/**
 * A decision, proposal, pledge or stated position. The kinds differ only in how they are recorded and in their
 * {@link Lifecycle}; everything that happens afterwards is handled here once for all.
 */
@Aggregate
class Item {

    @AggregateIdentifier
    private String itemId;

    private ItemKind kind;
    private ItemStatus status;
    private String sessionId;
    private WorldDate worldDate;
    private String actor;
    private List<String> binds = List.of();
    private long version;
    private final Set<Long> datedFacts = new HashSet<>();
    private final Set<String> links = new HashSet<>();
    private boolean returnedForRevision;

    protected Item() {}

    @CommandHandler
    Item(RecordDecision command, References references) {
        if (isBlank(command.title()) && isBlank(command.titleOriginal())) {
            throw new InvalidField("title", "a decision needs its official title or an English title");
        }
        references.checkOpening(command.sessionId(), command.adoptedBy(), "adoptedBy");
        // Binds may name the adopting body itself: the decision then binds all its members, as membership stands on the
        // date asked (README, "Membership over time").
        references.requireParties(
                "binds",
                command.binds().stream()
                        .filter(code -> !code.equals(command.adoptedBy()))
                        .toList());
        apply(ItemRecording.decisionAdopted(command));
    }

    @CommandHandler
    Item(RecordProposal command, References references) {
        references.checkOpening(command.sessionId(), command.onBehalfOf(), "onBehalfOf");
        apply(ItemRecording.proposalMade(command));
    }

    @CommandHandler
    Item(RecordPledge command, References references) {
        references.checkOpening(command.sessionId(), command.pledgedBy(), "pledgedBy");
        if (command.implementsDecision() != null) {
            references.requireItem(command.implementsDecision(), ItemKind.DECISION, "implementsDecision");
        }
        apply(ItemRecording.pledgeGiven(command));
    }

    @CommandHandler
    Item(RecordStatement command, References references) {
        references.checkOpening(command.sessionId(), command.onBehalfOf(), "onBehalfOf");
        apply(ItemRecording.statementMade(command));
    }

    @CommandHandler
    void handle(ChangeStatus command, References references) {
        Lifecycle lifecycle = Lifecycle.of(kind);
        if (!lifecycle.allowedFrom(status).contains(command.to())) {
            throw new IllegalTransition(kind, status, command.to(), lifecycle.allowedFrom(status));
        }
        String adoptedAs = adoptedAs(command, references);
        apply(new StatusChanged(
                itemId,
                status,
                command.to(),
                command.note(),
                command.worldDate(),
                command.source(),
                command.summaryRu(),
                command.quote()));
        if (adoptedAs != null && !links.contains(LinkRelation.ADOPTED_AS + ">" + adoptedAs)) {
            apply(new ItemLinked(
                    itemId, LinkRelation.ADOPTED_AS, adoptedAs, command.note(), command.worldDate(), command.source()));
        }
    }

    /**
     * The decision a draft is adopted as. A draft returned for revision can only be adopted at a later session, by a
     * decision of that session, so its adoption must name that decision; any other adoption may.
     */
    private String adoptedAs(ChangeStatus command, References references) {
        String target = command.adoptedAs();
        boolean adopting = kind == ItemKind.PROPOSAL && command.to() == ItemStatus.ADOPTED;
        if (target == null) {
            if (adopting && returnedForRevision) {
                throw new InvalidField(
                        "adoptedAs",
                        "a draft returned for revision is adopted at a later session: name the decision that adopted it");
            }
            return null;
        }
        if (!adopting) {
            throw new InvalidField(
                    "adoptedAs", "only a proposal moving to ADOPTED names the decision it was adopted as");
        }
        ItemKind targetKind;
        try {
            targetKind = references.itemKind(target);
        } catch (NotRecorded e) {
            throw new InvalidField("adoptedAs", "no decision is recorded under " + target);
        }
        if (targetKind != ItemKind.DECISION) {
            throw new InvalidField("adoptedAs", "item " + target + " is a " + targetKind + ", not a DECISION");
        }
        return target;
    }

    @CommandHandler
    void handle(RaiseFollowUp command, References references) {
        if (command.sessionId() == null && command.occasion() == null) {
            throw new InvalidField("sessionId", "a follow-up needs the session or the occasion it was raised at");
        }
        if (command.sessionId() != null && command.occasion() != null) {
            throw new InvalidField("occasion", "a follow-up is raised at a session or on an occasion, not both");
        }
        if (command.sessionId() != null) {
            WorldDate held = references.sessionDate(command.sessionId());
            if (command.sessionId().equals(sessionId) || held.latestDay().isBefore(worldDate.date())) {
                throw new RuleViolation("A follow-up must be raised at a session held after the item was recorded; "
                        + "session " + command.sessionId() + " (" + held + ") is not later than the item ("
                        + worldDate + ")");
            }
        } else {
            notBeforeTheItem(command.worldDate(), "A follow-up");
        }
        references.requireActor("raisedBy", command.raisedBy());
        apply(new FollowUpRaised(
                itemId,
                command.sessionId(),
                command.raisedBy(),
                command.person(),
                command.stance(),
                command.note(),
                command.worldDate(),
                command.source(),
                command.summaryRu(),
                command.quote(),
                command.occasion(),
                command.personRu()));
    }

    @CommandHandler
    void handle(AttachEvidence command) {
        notBeforeTheItem(command.worldDate(), "Evidence");
        apply(new EvidenceAttached(
                itemId, command.bearing(), status, command.note(), command.worldDate(), command.source()));
    }

    @CommandHandler
    void handle(RecordPosition command, References references) {
        if (kind == ItemKind.PLEDGE || kind == ItemKind.STATEMENT) {
            throw new RuleViolation("A " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " is one party's own; positions are taken on decisions and proposals");
        }
        references.requireParty("party", command.party());
        if (command.sessionId() != null && !command.sessionId().equals(sessionId)) {
            WorldDate held = references.sessionDate(command.sessionId());
            if (held.latestDay().isBefore(worldDate.date())) {
                throw new RuleViolation("A position is taken at the item's own session or later; session "
                        + command.sessionId() + " (" + held + ") precedes the item (" + worldDate + ")");
            }
        }
        notBeforeTheItem(command.worldDate(), "A position");
        apply(new PositionTaken(
                itemId,
                command.party(),
                command.position(),
                command.sessionId(),
                command.reason(),
                command.worldDate(),
                command.source()));
    }

    /** Nothing can be said about an item before it existed: a fact whose latest possible day precedes it is refused. */
    private void notBeforeTheItem(WorldDate date, String what) {
        if (date.latestDay().isBefore(worldDate.date())) {
            throw new RuleViolation(what + " cannot be dated " + date + ", before the item itself (" + worldDate + ")");
        }
    }

    @CommandHandler
    void handle(AssessParty command, References references) {
        // A body can be an item's actor (a council adopting a decision) but is never scored: scorecards are per party.
        references.requireParty("party", command.party());
        boolean boundAsMember = binds.contains(actor) && references.everMember(actor, command.party());
        if (!actor.equals(command.party()) && !binds.contains(command.party()) && !boundAsMember) {
            throw new InvalidField("party", command.party() + " is neither the actor of this item nor bound by it");
        }
        apply(new PartyAssessed(
                itemId,
                command.party(),
                command.period(),
                command.score(),
                command.note(),
                command.worldDate(),
                command.source()));
    }

    @CommandHandler
    void handle(LinkItems command, References references) {
        if (command.target().equals(itemId)) {
            throw new InvalidField("target", "an item cannot be linked to itself");
        }
        ItemKind targetKind = references.itemKind(command.target());
        LinkRules.check(kind, command.relation(), targetKind);
        if (links.contains(command.relation() + ">" + command.target())) {
            throw new RuleViolation("This item is already linked " + command.relation() + " to " + command.target());
        }
        apply(new ItemLinked(
                itemId, command.relation(), command.target(), command.note(), command.worldDate(), command.source()));
    }

    @CommandHandler
    void handle(CorrectEntry command, References references) {
        long corrects = command.correctsVersion() == null ? 0 : command.correctsVersion();
        if (corrects > version) {
            throw new InvalidField(
                    "correctsVersion", "the item has no version " + corrects + "; its latest is " + version);
        }
        if (command.field() == CorrectableField.WORLD_DATE && !datedFacts.contains(corrects)) {
            throw new InvalidField(
                    "correctsVersion", "version " + corrects + " is neither the recording nor a status change");
        }
        CorrectedValue value = Corrections.normalise(kind, command.field(), command.value(), references);
        apply(new EntryCorrected(itemId, corrects, value, command.reason(), command.worldDate(), command.source()));
    }

    @EventSourcingHandler
    void on(ItemEvent event, @SequenceNumber long sequence) {
        version = sequence;
        switch (event) {
            case DecisionAdopted e ->
                open(e.itemId(), ItemKind.DECISION, e.sessionId(), e.adoptedBy(), e.worldDate(), sequence, e.binds());
            case ProposalMade e ->
                open(e.itemId(), ItemKind.PROPOSAL, e.sessionId(), e.onBehalfOf(), e.worldDate(), sequence, List.of());
            case PledgeGiven e ->
                open(e.itemId(), ItemKind.PLEDGE, e.sessionId(), e.pledgedBy(), e.worldDate(), sequence, List.of());
            case StatementMade e ->
                open(e.itemId(), ItemKind.STATEMENT, e.sessionId(), e.onBehalfOf(), e.worldDate(), sequence, List.of());
            case StatusChanged e -> {
                status = e.to();
                returnedForRevision |= e.to() == ItemStatus.RETURNED_FOR_REVISION;
                datedFacts.add(sequence);
            }
            case ItemLinked e -> links.add(e.relation() + ">" + e.target());
            case EntryCorrected e -> applyCorrection(e);
            case FollowUpRaised e -> {}
            case PartyAssessed e -> {}
            case EvidenceAttached e -> {}
            case PositionTaken e -> {}
        }
    }

    private void open(
            String id,
            ItemKind itemKind,
            String session,
            String by,
            WorldDate date,
            long sequence,
            List<String> bound) {
        itemId = id;
        kind = itemKind;
        status = Lifecycle.of(itemKind).opening();
        sessionId = session;
        actor = by;
        worldDate = date;
        binds = bound;
        datedFacts.add(sequence);
    }

    private void applyCorrection(EntryCorrected correction) {
        switch (correction.correction()) {
            case CorrectedValue.Actor corrected -> actor = corrected.actor();
            case CorrectedValue.Binds corrected -> binds = corrected.parties();
            case CorrectedValue.Redated corrected -> {
                if (correction.correctsVersion() == 0) {
                    worldDate = corrected.worldDate();
                }
            }
            default -> {}
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
