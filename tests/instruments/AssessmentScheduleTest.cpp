// SPDX-License-Identifier: GPL-3.0-or-later
// The issue 4 schedule: PHQ-9 and GAD-7 every 14 days in the intensive and step-down phases and
// every 30 in aftercare, a baseline within 7 days of admission, and an ASAM review at admission
// and at each phase change. Episodes are built by hand so each date is visible in the test.
#include "instruments/AssessmentSchedule.h"

#include <catch2/catch.hpp>

namespace Catch {
template<> struct StringMaker<QDate>
{
    static std::string convert(const QDate& d)
    {
        return d.isNull() ? std::string("(null date)") : d.toString(Qt::ISODate).toStdString();
    }
};
template<> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

using namespace stepwise;

namespace {

const QString phq9 = QStringLiteral("phq9");
const QString gad7 = QStringLiteral("gad7");
const QString asam = QStringLiteral("asam");

Phase phase(PhaseKind kind, const QDate& start, const QDate& end = {})
{
    Phase p;
    p.episodeId = 1;
    p.kind = kind;
    p.startDate = start;
    p.endDate = end;
    return p;
}

Episode episode(const QDate& admission, const QList<Phase>& phases)
{
    Episode e;
    e.id = 1;
    e.participantId = 1;
    e.admissionDate = admission;
    e.phases = phases;
    return e;
}

// Admitted on 3 March 2025 and still in the intensive phase.
Episode intensive()
{
    return episode(QDate(2025, 3, 3), { phase(PhaseKind::Intensive, QDate(2025, 3, 3)) });
}

// Admitted 10 February 2025, intensive until 9 March, aftercare from 10 March.
Episode inAftercare()
{
    return episode(QDate(2025, 2, 10),
        { phase(PhaseKind::Intensive, QDate(2025, 2, 10), QDate(2025, 3, 9)),
            phase(PhaseKind::Aftercare, QDate(2025, 3, 10)) });
}

// Admitted 10 February 2025, intensive until 9 March, step-down from 10 March.
Episode inStepDown()
{
    return episode(QDate(2025, 2, 10),
        { phase(PhaseKind::Intensive, QDate(2025, 2, 10), QDate(2025, 3, 9)),
            phase(PhaseKind::StepDown, QDate(2025, 3, 10)) });
}

std::optional<DueAssessment> dueFor(const QList<DueAssessment>& list, const QString& id)
{
    for (const DueAssessment& d : list) {
        if (d.instrument == id)
            return d;
    }
    return std::nullopt;
}

QList<DueAssessment> next(const Episode& e, const QHash<QString, QDate>& last)
{
    return AssessmentSchedule::next(e, last, AssessmentScheduleSettings::defaults());
}

QList<DueAssessment> overdue(
    const Episode& e, const QHash<QString, QDate>& last, const QDate& today)
{
    return AssessmentSchedule::overdue(e, last, AssessmentScheduleSettings::defaults(), today);
}

QDate dueDate(const Episode& e, const QHash<QString, QDate>& last, const QString& id)
{
    const std::optional<DueAssessment> d = dueFor(next(e, last), id);
    REQUIRE(d.has_value());
    return d->dueDate;
}

} // namespace

TEST_CASE(
    "Default schedule: PHQ-9 and GAD-7 every 14 days, 30 in aftercare", "[instruments][schedule]")
{
    const AssessmentScheduleSettings s = AssessmentScheduleSettings::defaults();
    for (const QString& id : { phq9, gad7 }) {
        INFO(id.toStdString());
        CHECK(s.interval(id, PhaseKind::Intensive) == 14);
        CHECK(s.interval(id, PhaseKind::StepDown) == 14);
        CHECK(s.interval(id, PhaseKind::Aftercare) == 30);
    }
    CHECK(s.asamAtPhaseChange);
    CHECK(s.windowDays == 7);
    CHECK(s.validate().isEmpty());
}

TEST_CASE("A new episode is due a PHQ-9, a GAD-7 and an ASAM within 7 days of admission",
    "[instruments][schedule]")
{
    const QList<DueAssessment> due = next(intensive(), {});
    REQUIRE(due.size() == 3);
    for (const QString& id : { phq9, gad7, asam }) {
        INFO(id.toStdString());
        const std::optional<DueAssessment> d = dueFor(due, id);
        REQUIRE(d.has_value());
        CHECK(d->dueDate == QDate(2025, 3, 10));
        CHECK(d->lastDate.isNull());
        CHECK_FALSE(d->reason.isEmpty());
    }
}

TEST_CASE("The first PHQ-9 is overdue only after admission plus 7 days", "[instruments][schedule]")
{
    CHECK_FALSE(dueFor(overdue(intensive(), {}, QDate(2025, 3, 10)), phq9).has_value());
    const std::optional<DueAssessment> late
        = dueFor(overdue(intensive(), {}, QDate(2025, 3, 11)), phq9);
    REQUIRE(late.has_value());
    CHECK(late->daysOverdue(QDate(2025, 3, 11)) == 1);
}

TEST_CASE("A PHQ-9 in the intensive phase is due again 14 days later", "[instruments][schedule]")
{
    const QHash<QString, QDate> last
        = { { phq9, QDate(2025, 3, 12) }, { asam, QDate(2025, 3, 3) } };
    const std::optional<DueAssessment> d = dueFor(next(intensive(), last), phq9);
    REQUIRE(d.has_value());
    CHECK(d->dueDate == QDate(2025, 3, 26));
    CHECK(d->lastDate == QDate(2025, 3, 12));
    CHECK_FALSE(d->reason.isEmpty());

    // Due today is not overdue; the day after is.
    CHECK_FALSE(d->isOverdue(QDate(2025, 3, 26)));
    CHECK(d->isOverdue(QDate(2025, 3, 27)));
    CHECK(d->daysOverdue(QDate(2025, 3, 27)) == 1);
    CHECK_FALSE(dueFor(overdue(intensive(), last, QDate(2025, 3, 26)), phq9).has_value());
    CHECK(dueFor(overdue(intensive(), last, QDate(2025, 3, 27)), phq9).has_value());
    CHECK_FALSE(dueFor(overdue(intensive(), last, QDate(2025, 3, 20)), phq9).has_value());
}

TEST_CASE("A PHQ-9 in the step-down phase is due again 14 days later", "[instruments][schedule]")
{
    const QHash<QString, QDate> last = { { phq9, QDate(2025, 3, 12) }, { gad7, QDate(2025, 3, 11) },
        { asam, QDate(2025, 3, 10) } };
    CHECK(dueDate(inStepDown(), last, phq9) == QDate(2025, 3, 26));
    CHECK(dueDate(inStepDown(), last, gad7) == QDate(2025, 3, 25));
}

TEST_CASE(
    "A move to aftercare puts the next PHQ-9 30 days after the last", "[instruments][schedule]")
{
    // Last PHQ-9 on 1 March in intensive; aftercare from 10 March.
    const QHash<QString, QDate> last = { { phq9, QDate(2025, 3, 1) }, { gad7, QDate(2025, 3, 1) },
        { asam, QDate(2025, 3, 10) } };
    CHECK(dueDate(inAftercare(), last, phq9) == QDate(2025, 3, 31));
    CHECK(dueDate(inAftercare(), last, gad7) == QDate(2025, 3, 31));
    CHECK_FALSE(dueFor(overdue(inAftercare(), last, QDate(2025, 3, 31)), phq9).has_value());
    CHECK(dueFor(overdue(inAftercare(), last, QDate(2025, 4, 1)), phq9).has_value());
}

TEST_CASE("A move back to intensive applies 14 days from the last PHQ-9", "[instruments][schedule]")
{
    const Episode e = episode(QDate(2025, 1, 6),
        { phase(PhaseKind::Intensive, QDate(2025, 1, 6), QDate(2025, 1, 31)),
            phase(PhaseKind::Aftercare, QDate(2025, 2, 1), QDate(2025, 2, 28)),
            phase(PhaseKind::Intensive, QDate(2025, 3, 1)) });
    const QHash<QString, QDate> last
        = { { phq9, QDate(2025, 2, 10) }, { asam, QDate(2025, 3, 1) } };
    CHECK(dueDate(e, last, phq9) == QDate(2025, 2, 24));
    const std::optional<DueAssessment> late = dueFor(overdue(e, last, QDate(2025, 3, 1)), phq9);
    REQUIRE(late.has_value());
    CHECK(late->daysOverdue(QDate(2025, 3, 1)) == 5);
}

TEST_CASE("The ASAM is due at admission and satisfied by one given then", "[instruments][schedule]")
{
    const std::optional<DueAssessment> d = dueFor(next(intensive(), {}), asam);
    REQUIRE(d.has_value());
    CHECK(d->dueDate == QDate(2025, 3, 10));

    CHECK_FALSE(dueFor(next(intensive(), { { asam, QDate(2025, 3, 3) } }), asam).has_value());
    CHECK_FALSE(dueFor(next(intensive(), { { asam, QDate(2025, 3, 5) } }), asam).has_value());
    CHECK_FALSE(dueFor(overdue(intensive(), {}, QDate(2025, 3, 10)), asam).has_value());
    CHECK(dueFor(overdue(intensive(), {}, QDate(2025, 3, 11)), asam).has_value());
}

TEST_CASE("A phase change makes an ASAM review due within 7 days", "[instruments][schedule]")
{
    // Step-down from 10 March; the last ASAM was at admission on 10 February.
    const QHash<QString, QDate> atAdmission = { { asam, QDate(2025, 2, 10) } };
    const std::optional<DueAssessment> d = dueFor(next(inStepDown(), atAdmission), asam);
    REQUIRE(d.has_value());
    CHECK(d->dueDate == QDate(2025, 3, 17));
    CHECK(d->lastDate == QDate(2025, 2, 10));
    CHECK_FALSE(d->reason.isEmpty());
    CHECK_FALSE(dueFor(overdue(inStepDown(), atAdmission, QDate(2025, 3, 17)), asam).has_value());
    CHECK(dueFor(overdue(inStepDown(), atAdmission, QDate(2025, 3, 18)), asam).has_value());

    // Aftercare works the same way.
    CHECK(dueDate(inAftercare(), atAdmission, asam) == QDate(2025, 3, 17));
}

TEST_CASE("An ASAM up to 7 days before the phase change counts for it", "[instruments][schedule]")
{
    CHECK_FALSE(dueFor(next(inStepDown(), { { asam, QDate(2025, 3, 3) } }), asam).has_value());
    CHECK_FALSE(dueFor(next(inStepDown(), { { asam, QDate(2025, 3, 9) } }), asam).has_value());
    CHECK_FALSE(dueFor(next(inStepDown(), { { asam, QDate(2025, 3, 10) } }), asam).has_value());
    CHECK_FALSE(dueFor(next(inStepDown(), { { asam, QDate(2025, 3, 14) } }), asam).has_value());
    // Eight days before does not.
    CHECK(dueDate(inStepDown(), { { asam, QDate(2025, 3, 2) } }, asam) == QDate(2025, 3, 17));
}

TEST_CASE("A closed episode has nothing due", "[instruments][schedule]")
{
    Episode e = episode(
        QDate(2025, 1, 6), { phase(PhaseKind::Intensive, QDate(2025, 1, 6), QDate(2025, 2, 28)) });
    e.dischargeDate = QDate(2025, 2, 28);
    e.dischargeReason = QStringLiteral("Completed");
    CHECK(next(e, {}).isEmpty());
    CHECK(next(e, { { phq9, QDate(2025, 1, 7) } }).isEmpty());
    CHECK(overdue(e, {}, QDate(2026, 1, 1)).isEmpty());
}

TEST_CASE("Due assessments are listed soonest first", "[instruments][schedule]")
{
    const QHash<QString, QDate> last = { { phq9, QDate(2025, 3, 20) }, { gad7, QDate(2025, 3, 6) },
        { asam, QDate(2025, 3, 3) } };
    const QList<DueAssessment> due = next(intensive(), last);
    REQUIRE(due.size() == 2);
    CHECK(due.at(0).instrument == gad7);
    CHECK(due.at(0).dueDate == QDate(2025, 3, 20));
    CHECK(due.at(1).instrument == phq9);
    CHECK(due.at(1).dueDate == QDate(2025, 4, 3));
}

TEST_CASE("Programs can change intervals or stop scheduling an instrument in a phase",
    "[instruments][schedule]")
{
    AssessmentScheduleSettings s = AssessmentScheduleSettings::defaults();
    s.setInterval(phq9, PhaseKind::Aftercare, 0);
    s.setInterval(gad7, PhaseKind::Aftercare, 21);
    CHECK(s.interval(phq9, PhaseKind::Aftercare) == 0);
    CHECK(s.interval(phq9, PhaseKind::Intensive) == 14);
    const QHash<QString, QDate> last = { { phq9, QDate(2025, 3, 1) }, { gad7, QDate(2025, 3, 1) },
        { asam, QDate(2025, 3, 10) } };
    const QList<DueAssessment> due = AssessmentSchedule::next(inAftercare(), last, s);
    CHECK_FALSE(dueFor(due, phq9).has_value());
    REQUIRE(dueFor(due, gad7).has_value());
    CHECK(dueFor(due, gad7)->dueDate == QDate(2025, 3, 22));

    s.setInterval(gad7, PhaseKind::Aftercare, -1);
    CHECK_FALSE(s.validate().isEmpty());
}
