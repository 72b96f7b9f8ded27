// SPDX-License-Identifier: GPL-3.0-or-later
// Progress-note rules without a database (issue 6): what signing needs, what the stored hash
// covers, the states a note moves through and when an unsigned note becomes late.
#include "notes/NoteRules.h"

#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

const QDate today(2026, 3, 4);

Note dapNote()
{
    Note n;
    n.id = 7;
    n.participantId = 3;
    n.episodeId = 2;
    n.format = NoteFormat::Dap;
    n.serviceDate = QDate(2026, 3, 3);
    n.sections = { { QStringLiteral("data"), QStringLiteral("Talked about cravings at work.") },
        { QStringLiteral("assessment"), QStringLiteral("Engaged; coping plan in use.") },
        { QStringLiteral("plan"), QStringLiteral("Practise urge surfing; next session Friday.") } };
    n.authorId = 5;
    n.signedAt = QDateTime(QDate(2026, 3, 3), QTime(17, 30), Qt::UTC);
    return n;
}

bool hasField(const QList<FieldError>& errors, const QString& field)
{
    for (const FieldError& e : errors)
        if (e.field == field)
            return true;
    return false;
}

} // namespace

TEST_CASE("Each format asks for its own sections in order", "[notes]")
{
    auto keys = [](NoteFormat f) {
        QStringList k;
        for (const NoteSection& s : noteSections(f))
            k.append(s.key);
        return k.join(QLatin1Char(','));
    };
    CHECK(keys(NoteFormat::Dap) == QStringLiteral("data,assessment,plan"));
    CHECK(keys(NoteFormat::Soap) == QStringLiteral("subjective,objective,assessment,plan"));
    CHECK(keys(NoteFormat::Birp) == QStringLiteral("behavior,intervention,response,plan"));
    CHECK(keys(NoteFormat::Free) == QStringLiteral("note"));
    for (NoteFormat f : allNoteFormats()) {
        CHECK(parseNoteFormat(storageKey(f)) == f);
        for (const NoteSection& s : noteSections(f)) {
            CHECK_FALSE(s.label.isEmpty());
            CHECK_FALSE(s.hint.isEmpty());
        }
    }
    for (NoteContact c : allNoteContacts())
        CHECK(parseNoteContact(storageKey(c)) == c);
    CHECK_FALSE(parseNoteFormat(QStringLiteral("DAP")).has_value());
}

TEST_CASE("A note is signed only with every section written and a date that has passed", "[notes]")
{
    Note n = dapNote();
    CHECK(NoteRules::checkForSigning(n, today).isEmpty());

    SECTION("an empty or token section is named")
    {
        n.sections[QStringLiteral("assessment")] = QStringLiteral("  ");
        n.sections[QStringLiteral("plan")] = QStringLiteral("-.");
        const auto errors = NoteRules::checkForSigning(n, today);
        CHECK(errors.size() == 2);
        CHECK(hasField(errors, QStringLiteral("section.assessment")));
        CHECK(hasField(errors, QStringLiteral("section.plan")));
        CHECK_FALSE(hasField(errors, QStringLiteral("section.data")));
    }
    SECTION("three letters are enough for a section")
    {
        n.sections[QStringLiteral("plan")] = QStringLiteral("TBD");
        CHECK(NoteRules::checkForSigning(n, today).isEmpty());
        n.sections[QStringLiteral("plan")] = QStringLiteral("no");
        CHECK(hasField(NoteRules::checkForSigning(n, today), QStringLiteral("section.plan")));
    }
    SECTION("a service today is fine, tomorrow is not")
    {
        n.serviceDate = today;
        CHECK(NoteRules::checkForSigning(n, today).isEmpty());
        n.serviceDate = today.addDays(1);
        CHECK(hasField(NoteRules::checkForSigning(n, today), QStringLiteral("service_date")));
    }
    SECTION("minutes from 1 to 720")
    {
        n.minutes = 0;
        CHECK(hasField(NoteRules::checkForSigning(n, today), QStringLiteral("minutes")));
        n.minutes = 1;
        CHECK(NoteRules::checkForSigning(n, today).isEmpty());
        n.minutes = 720;
        CHECK(NoteRules::checkForSigning(n, today).isEmpty());
        n.minutes = 721;
        CHECK(hasField(NoteRules::checkForSigning(n, today), QStringLiteral("minutes")));
    }
    SECTION("a group part needs the shared summary")
    {
        n.groupNoteId = 4;
        n.sessionId = 9;
        CHECK(hasField(NoteRules::checkForSigning(n, today), QStringLiteral("group_summary")));
        n.groupSummary = QStringLiteral("Relapse prevention: high-risk situations.");
        CHECK(NoteRules::checkForSigning(n, today).isEmpty());
    }
    SECTION("a free note has one section")
    {
        n.format = NoteFormat::Free;
        CHECK(hasField(NoteRules::checkForSigning(n, today), QStringLiteral("section.note")));
        n.sections[QStringLiteral("note")] = QStringLiteral("Called the housing office.");
        CHECK(NoteRules::checkForSigning(n, today).isEmpty());
    }
}

TEST_CASE("The signature hash changes with any signed content and nothing else", "[notes]")
{
    const Note n = dapNote();
    const QString h = NoteRules::hash(n);
    CHECK(h.size() == 64);
    CHECK(NoteRules::hash(n) == h);

    Note same = n;
    same.authorName = QStringLiteral("Display name only");
    same.sections[QStringLiteral("plan")] += QStringLiteral("  \n"); // trailing space is dropped
    same.sections[QStringLiteral("extra")] = QStringLiteral("not a DAP section");
    CHECK(NoteRules::hash(same) == h);

    auto changed = [&](auto edit) {
        Note m = n;
        edit(m);
        return NoteRules::hash(m) != h;
    };
    CHECK(changed([](Note& m) { m.sections[QStringLiteral("data")] += QLatin1Char('!'); }));
    CHECK(changed([](Note& m) { m.serviceDate = m.serviceDate.addDays(-1); }));
    CHECK(changed([](Note& m) { m.participantId = 4; }));
    CHECK(changed([](Note& m) { m.authorId = 6; }));
    CHECK(changed([](Note& m) { m.signedAt = m.signedAt.addMSecs(1); }));
    CHECK(changed([](Note& m) { m.minutes = 50; }));
    CHECK(changed([](Note& m) { m.contact = NoteContact::Family; }));
    CHECK(changed([](Note& m) {
        m.groupNoteId = 1;
        m.sessionId = 2;
    }));
    // Moving text between sections is a different note.
    CHECK(changed([](Note& m) {
        std::swap(m.sections[QStringLiteral("data")], m.sections[QStringLiteral("assessment")]);
    }));

    NoteAddendum a;
    a.noteId = n.id;
    a.text = QStringLiteral("Correction: the session was 50 minutes.");
    a.authorId = 5;
    a.signedAt = n.signedAt.addDays(1);
    const QString ah = NoteRules::hash(a, h);
    CHECK(NoteRules::hash(a, h) == ah);
    CHECK(NoteRules::hash(a, QString(64, QLatin1Char('0'))) != ah);
    a.text += QLatin1Char('.');
    CHECK(NoteRules::hash(a, h) != ah);
}

TEST_CASE("A note moves from draft to signed, awaiting, returned and co-signed", "[notes]")
{
    Note n = dapNote();
    n.signedAt = {};
    CHECK(n.state() == NoteState::Draft);
    n.signedAt = QDateTime(QDate(2026, 3, 3), QTime(17, 30), Qt::UTC);
    CHECK(n.state() == NoteState::Signed);
    n.cosignRequired = true;
    CHECK(n.state() == NoteState::AwaitingCosign);

    NoteReview returned;
    returned.action = NoteReviewAction::Returned;
    returned.comment = QStringLiteral("Add the PHQ-9 score.");
    returned.staffId = 9;
    returned.at = n.signedAt.addSecs(3600);
    n.reviews.append(returned);
    CHECK(n.state() == NoteState::Returned);
    REQUIRE(n.pendingReturn() != nullptr);
    CHECK(n.pendingReturn()->comment == returned.comment);

    // Someone else's addendum does not answer the return; the author's does.
    NoteAddendum other;
    other.authorId = 9;
    other.signedAt = returned.at.addSecs(60);
    n.addenda.append(other);
    CHECK(n.state() == NoteState::Returned);
    NoteAddendum answer;
    answer.authorId = n.authorId;
    answer.signedAt = returned.at.addSecs(120);
    n.addenda.append(answer);
    CHECK(n.state() == NoteState::AwaitingCosign);
    CHECK(n.pendingReturn() == nullptr);

    // An addendum written before the return does not answer it.
    Note early = n;
    early.addenda = { answer };
    early.addenda.first().signedAt = returned.at.addSecs(-60);
    CHECK(early.state() == NoteState::Returned);

    n.cosignedAt = returned.at.addDays(1);
    n.cosignedBy = 9;
    CHECK(n.state() == NoteState::Cosigned);
}

TEST_CASE("An unsigned note is late the given hours after the session ends", "[notes]")
{
    const QDateTime sessionEnd(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC);
    const QDateTime created(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC);
    CHECK(NoteRules::signingDeadline(sessionEnd, created, 72)
        == QDateTime(QDate(2026, 3, 5), QTime(2, 0), Qt::UTC));
    // Outside the schedule the clock starts when the note was started.
    CHECK(NoteRules::signingDeadline({}, created, 72)
        == QDateTime(QDate(2026, 3, 6), QTime(9, 0), Qt::UTC));
    CHECK(NoteRules::signingDeadline({}, created, 1) == created.addSecs(3600));
}
