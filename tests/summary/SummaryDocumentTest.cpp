// SPDX-License-Identifier: GPL-3.0-or-later
// Progress summaries as the reader gets them (issue 7): gathered from the record for a period,
// laid out on Letter or A4 and read back from the PDF with poppler's tools. The names, dates and
// scores are the record's; the 42 CFR Part 2 notice is there for a disclosure outside the
// program and nowhere else; a participant with nothing recorded, or with three years of it,
// still gets a whole document.
#include "consent/Part2Notice.h"
#include "demo/DemoGenerator.h"
#include "plans/PlanTestSupport.h"
#include "reports/DocumentRenderer.h"
#include "reports/ProgressSummaryDocument.h"
#include "reports/SummaryCharts.h"
#include "reports/TableRowKeeper.h"
#include "storage/AssessmentStore.h"
#include "storage/EpisodeStore.h"
#include "storage/ParticipantStore.h"
#include "storage/TreatmentPlanStore.h"
#include "summary/SummaryCollector.h"
#include "summary/SummaryNarrative.h"
#include "support/MockClock.h"
#include "support/TestDatabase.h"

#include <QLocale>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QDate Today(2026, 4, 1);
const QDate Admitted(2026, 1, 5);

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text with every run of white space as one space: a table cell may wrap anywhere.
QString pdfText(const QString& path)
{
    return run(QStringLiteral("pdftotext"), { path, QStringLiteral("-") }).simplified();
}

QString shortDate(const QDate& d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

struct Fixture
{
    MockClock clock { Today };
    TestDatabase t;
    Id participantId = 0;

    Fixture()
    {
        t.actAs(t.leadId(), RoleSet { StaffRole::Counselor, StaffRole::Supervisor });
        Participant p = sampleParticipant(QStringLiteral("SW-2042"));
        p.legalFirstName = QStringLiteral("Alex");
        p.legalLastName = QStringLiteral("Rivera");
        p.dateOfBirth = QDate(1990, 4, 2);
        p.counselorId = t.counselorId();
        auto id = ParticipantStore(t.db()).add(p, Admission { Admitted, { 3, 9.0 }, {} });
        REQUIRE_OK(id);
        participantId = *id;
    }

    void score(const char* instrument, const QDate& on, QList<int> answers)
    {
        AssessmentInput input;
        input.participantId = participantId;
        input.instrument = QLatin1String(instrument);
        input.administeredOn = on;
        for (int a : answers)
            input.answers.append(a);
        REQUIRE_OK(AssessmentStore(t.db()).record(input));
    }

    ProgressSummary collect(const QDate& from, const QDate& to)
    {
        auto s = SummaryCollector::collect(t.db(), participantId, from, to, Today);
        REQUIRE_OK(s);
        return *s;
    }

    QString pdf(const RecordDocument& document, const QPageSize& size, int* pages = nullptr)
    {
        const QString path = t.dir() + QStringLiteral("/summary.pdf");
        auto written = DocumentRenderer::writePdf(document, path, size);
        REQUIRE_OK(written);
        if (pages)
            *pages = *written;
        return path;
    }
};

SummaryOptions external()
{
    SummaryOptions o;
    o.audience = SummaryAudience::External;
    o.recipient = QStringLiteral("County Probation, Officer J. Moss");
    o.purpose = QStringLiteral("Report on treatment progress");
    o.consentDescription = QStringLiteral("Consent signed 2026-01-05 by Alex Rivera, valid until "
                                          "completion of probation.");
    o.notice = QStringLiteral("This record is protected by federal confidentiality rules.");
    o.shortNotice = QStringLiteral("42 CFR part 2 prohibits unauthorized disclosure of these "
                                   "records.");
    return o;
}

} // namespace

TEST_CASE("a summary prints the participant, the period and the scores with their bands",
    "[summary][pdf]")
{
    Fixture f;
    f.score("phq9", QDate(2026, 1, 6), { 3, 3, 3, 3, 2, 2, 1, 1, 0 }); // 18
    f.score("phq9", QDate(2026, 2, 3), { 1, 1, 1, 1, 1, 1, 1, 2, 0 }); // 9
    f.score("phq9", QDate(2026, 3, 3), { 1, 1, 1, 1, 0, 0, 0, 0, 0 }); // 4
    f.score("gad7", QDate(2026, 1, 6), { 2, 2, 2, 2, 2, 1, 1 });       // 12
    f.score("gad7", QDate(2026, 3, 3), { 1, 1, 1, 1, 1, 0, 0 });       // 5

    const ProgressSummary s = f.collect(Admitted, QDate(2026, 3, 31));
    REQUIRE(s.episode);
    REQUIRE(s.series(QStringLiteral("phq9")));
    CHECK(s.series(QStringLiteral("phq9"))->assessments.size() == 3);
    REQUIRE(s.series(QStringLiteral("phq9"))->change);
    CHECK(s.series(QStringLiteral("phq9"))->change->remission);
    CHECK(s.counselorName == QStringLiteral("Dana Counselor"));

    SummaryOptions o;
    o.narrative = SummaryNarrative::draft(s);
    CHECK(o.narrative.contains(QStringLiteral("remission")));
    CHECK(SummaryNarrative::hasPrompt(o.narrative));
    o.narrative = QStringLiteral("Alex engaged well & <kept> every appointment.");
    o.supervisorName = QStringLiteral("Riley Lead");
    int pages = 0;
    const QString text
        = pdfText(f.pdf(ProgressSummaryDocument::build(s, o), QPageSize(QPageSize::A4), &pages));
    CHECK(pages >= 2);
    CHECK(text.contains(QStringLiteral("Progress Summary")));
    CHECK(text.contains(QStringLiteral("Alex Rivera")));
    CHECK(text.contains(QStringLiteral("SW-2042")));
    CHECK(text.contains(shortDate(QDate(1990, 4, 2))));
    CHECK(text.contains(shortDate(Admitted)));
    CHECK(text.contains(QStringLiteral("Dana Counselor")));
    CHECK(text.contains(QStringLiteral("Riley Lead")));
    CHECK(text.contains(QStringLiteral("18 (Moderately severe)")));
    CHECK(text.contains(QStringLiteral("4 (Minimal)")));
    CHECK(text.contains(QStringLiteral("12 (Moderate)")));
    CHECK(text.contains(QStringLiteral("remission")));
    // The narrative prints as typed, never as markup.
    CHECK(text.contains(QStringLiteral("& <kept> every appointment.")));
    // Internal: no Part 2 notice, the plain confidentiality line on every page.
    CHECK_FALSE(text.contains(QStringLiteral("42 CFR")));
    CHECK(text.count(QStringLiteral("Confidential")) == pages);
    CHECK(text.count(QRegularExpression(QStringLiteral("Page \\d+ of %1").arg(pages))) == pages);
}

TEST_CASE("a disclosure outside the program carries the Part 2 notice and its consent",
    "[summary][pdf][consent]")
{
    Fixture f;
    f.score("phq9", QDate(2026, 1, 6), { 3, 3, 3, 3, 2, 2, 1, 1, 0 });
    const ProgressSummary s = f.collect(Admitted, QDate(2026, 3, 31));
    int pages = 0;
    const QString text = pdfText(
        f.pdf(ProgressSummaryDocument::build(s, external()), QPageSize(QPageSize::A4), &pages));
    CHECK(text.contains(Part2Notice::title()));
    CHECK(text.contains(QStringLiteral("protected by federal confidentiality rules")));
    CHECK(text.contains(Part2Notice::consentHeading()));
    CHECK(text.contains(QStringLiteral("completion of probation")));
    CHECK(text.contains(QStringLiteral("County Probation, Officer J. Moss")));
    // The short notice replaces the plain line at the foot of every page.
    CHECK(text.count(QStringLiteral("prohibits unauthorized disclosure")) == pages);
    // The notice comes before the record.
    REQUIRE(text.indexOf(Part2Notice::title()) >= 0);
    CHECK(text.indexOf(Part2Notice::title()) < text.indexOf(QStringLiteral("Attendance")));
}

TEST_CASE("a participant with nothing recorded still gets a whole summary", "[summary][pdf]")
{
    Fixture f;
    const ProgressSummary s = f.collect(Admitted, QDate(2026, 1, 31));
    CHECK(s.instruments.isEmpty());
    CHECK_FALSE(s.plan);
    const QString narrative = SummaryNarrative::draft(s);
    CHECK(narrative.contains(QStringLiteral("0 sessions")));
    int pages = 0;
    const QString text = pdfText(f.pdf(ProgressSummaryDocument::build(s, SummaryOptions {}),
        QPageSize(QPageSize::Letter), &pages));
    CHECK(pages >= 1);
    CHECK(text.contains(QStringLiteral("No assessments were recorded in this period.")));
    CHECK(text.contains(QStringLiteral("There is no finalized treatment plan for this episode.")));
    CHECK(text.contains(QStringLiteral("No drug screens or use were recorded in this period.")));
    CHECK(text.contains(QStringLiteral("Signatures")));
}

TEST_CASE("the sections left out are not printed", "[summary][pdf]")
{
    Fixture f;
    const ProgressSummary s = f.collect(Admitted, QDate(2026, 1, 31));
    SummaryOptions o;
    o.sections = { SummarySection::Attendance, SummarySection::Signatures };
    const QString text
        = pdfText(f.pdf(ProgressSummaryDocument::build(s, o), QPageSize(QPageSize::A4)));
    CHECK(text.contains(QStringLiteral("Attendance")));
    CHECK_FALSE(text.contains(QStringLiteral("Assessments")));
    CHECK_FALSE(text.contains(QStringLiteral("Toxicology")));
    CHECK_FALSE(text.contains(QStringLiteral("Treatment plan")));
}

TEST_CASE(
    "pages are Letter or A4 with fonts embedded and charts at print resolution", "[summary][pdf]")
{
    Fixture f;
    f.score("phq9", QDate(2026, 1, 6), { 3, 3, 3, 3, 2, 2, 1, 1, 0 });
    f.score("phq9", QDate(2026, 3, 3), { 1, 1, 1, 1, 0, 0, 0, 0, 0 });
    const ProgressSummary s = f.collect(Admitted, QDate(2026, 3, 31));
    const RecordDocument document = ProgressSummaryDocument::build(s, SummaryOptions {});
    // The phase time line, the attendance chart and the PHQ-9 trend.
    CHECK(document.images.size() == 3);

    const QString letter = f.pdf(document, QPageSize(QPageSize::Letter));
    CHECK(run(QStringLiteral("pdfinfo"), { letter }).contains(QStringLiteral("612 x 792 pts")));
    const QString a4 = f.pdf(document, QPageSize(QPageSize::A4));
    CHECK(run(QStringLiteral("pdfinfo"), { a4 }).contains(QStringLiteral("(A4)")));

    // pdffonts: one line per font after two header lines; column "emb" says yes.
    const QStringList fonts = run(QStringLiteral("pdffonts"), { a4 })
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                  .mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString& line : fonts) {
        INFO(line.toStdString());
        CHECK(line.contains(
            QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"))));
    }
    // pdfimages -list: x-ppi and y-ppi are the 13th and 14th columns.
    const QStringList images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), a4 })
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                   .mid(2);
    REQUIRE(images.size() >= 3);
    for (const QString& line : images) {
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        REQUIRE(columns.size() >= 14);
        INFO(line.toStdString());
        CHECK(columns.at(12).toInt() >= 295);
        CHECK(columns.at(13).toInt() >= 295);
    }
}

TEST_CASE(
    "three years of history lay out by month without rows split across pages", "[summary][pdf]")
{
    MockClock clock(QDate(2026, 4, 1));
    TestDatabase t;
    t.actAs(t.leadId(), RoleSet { StaffRole::Counselor, StaffRole::Supervisor });
    Participant p = sampleParticipant(QStringLiteral("SW-3000"));
    const QDate admitted(2023, 3, 6);
    auto id = ParticipantStore(t.db()).add(p, Admission { admitted, { 3, 9.0 }, {} });
    REQUIRE_OK(id);
    for (int month = 0; month < 36; ++month) {
        AssessmentInput input;
        input.participantId = *id;
        input.instrument = QStringLiteral("phq9");
        input.administeredOn = admitted.addMonths(month).addDays(1);
        for (int item = 0; item < 9; ++item)
            input.answers.append(item < 8 ? (month + item) % 3 : 0);
        REQUIRE_OK(AssessmentStore(t.db()).record(input));
    }
    auto s
        = SummaryCollector::collect(t.db(), *id, admitted, QDate(2026, 3, 31), QDate(2026, 4, 1));
    REQUIRE_OK(s);
    CHECK(s->weeks.size() > 150);
    REQUIRE(s->series(QStringLiteral("phq9")));
    CHECK(s->series(QStringLiteral("phq9"))->assessments.size() == 36);

    const RecordDocument document = ProgressSummaryDocument::build(*s, SummaryOptions {});
    const QString path = t.dir() + QStringLiteral("/three-years.pdf");
    auto pages = DocumentRenderer::writePdf(document, path, QPageSize(QPageSize::Letter));
    REQUIRE_OK(pages);
    // By month: a few pages, not one row per week.
    CHECK(*pages <= 6);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("By month")));
    CHECK(text.contains(QLocale().toString(QDate(2023, 3, 1), QStringLiteral("MMMM yyyy"))));
    CHECK(text.contains(QLocale().toString(QDate(2026, 3, 1), QStringLiteral("MMMM yyyy"))));

    // The same layout the PDF used: no table row crosses a page break.
    QPdfWriter writer(t.dir() + QStringLiteral("/layout.pdf"));
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    auto laidOut = DocumentRenderer::layout(document, writer);
    CHECK(TableRowKeeper::splitRows(*laidOut).isEmpty());
}

TEST_CASE("a period that ends after today or before it starts is refused", "[summary]")
{
    Fixture f;
    auto late
        = SummaryCollector::collect(f.t.db(), f.participantId, Admitted, Today.addDays(1), Today);
    REQUIRE_FALSE(late);
    CHECK(late.error().hasField(QStringLiteral("to")));
    auto backwards = SummaryCollector::collect(
        f.t.db(), f.participantId, QDate(2026, 3, 1), QDate(2026, 2, 1), Today);
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().hasField(QStringLiteral("from")));
}

TEST_CASE("a counselor cannot summarize a participant outside their caseload", "[summary][access]")
{
    Fixture f;
    const Id other = f.t.addStaff(QStringLiteral("Casey Other"), RoleSet { StaffRole::Counselor });
    f.t.actAs(other, RoleSet { StaffRole::Counselor });
    auto refused = SummaryCollector::collect(f.t.db(), f.participantId, Admitted, Today, Today);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Forbidden);
}

// Not run by ctest: writes the summary of a demo participant with a year of history, and the
// external version of the hand-built one, for a person to look at every page
// (`stepwise_summary_tests "[shots]"`, then pdftoppm -png).
TEST_CASE("summary pages to look at", "[.shots]")
{
    {
        Fixture f;
        f.score("phq9", QDate(2026, 1, 6), { 3, 3, 3, 3, 2, 2, 1, 1, 0 });
        f.score("phq9", QDate(2026, 2, 3), { 1, 1, 1, 1, 1, 1, 1, 2, 0 });
        f.score("phq9", QDate(2026, 3, 3), { 1, 1, 1, 1, 0, 0, 0, 0, 0 });
        f.score("gad7", QDate(2026, 1, 6), { 2, 2, 2, 2, 2, 1, 1 });
        f.score("gad7", QDate(2026, 3, 3), { 1, 1, 1, 1, 1, 0, 0 });
        const ProgressSummary s = f.collect(Admitted, QDate(2026, 3, 31));
        SummaryOptions o = external();
        o.narrative = SummaryNarrative::draft(s);
        REQUIRE_OK(DocumentRenderer::writePdf(ProgressSummaryDocument::build(s, o),
            shotsDir() + QStringLiteral("/summary-external.pdf"), QPageSize(QPageSize::Letter)));
    }
    MockClock clock(Today);
    TestDatabase t;
    DemoOptions demo;
    demo.participants = 60;
    demo.today = Today;
    REQUIRE_OK(DemoGenerator::generate(t.db(), demo));
    t.actAs(t.leadId(), RoleSet { StaffRole::Counselor, StaffRole::Supervisor });
    // The participant in care whose first admission is the earliest: the longest history.
    auto participants = ParticipantStore(t.db()).all();
    REQUIRE_OK(participants);
    Id chosen = 0;
    QDate earliest = Today;
    for (const Participant& p : *participants) {
        auto episodes = EpisodeStore(t.db()).episodes(p.id);
        REQUIRE_OK(episodes);
        if (episodes->isEmpty() || !episodes->last().isOpen())
            continue;
        if (episodes->first().admissionDate < earliest) {
            earliest = episodes->first().admissionDate;
            chosen = p.id;
        }
    }
    REQUIRE(chosen != 0);
    auto s = SummaryCollector::collect(t.db(), chosen, Today.addYears(-1), Today, Today);
    REQUIRE_OK(s);
    SummaryOptions o;
    o.narrative = SummaryNarrative::draft(*s);
    o.supervisorName = QStringLiteral("Riley Lead");
    auto pages = DocumentRenderer::writePdf(ProgressSummaryDocument::build(*s, o),
        shotsDir() + QStringLiteral("/summary-year.pdf"), QPageSize(QPageSize::Letter));
    REQUIRE_OK(pages);
    WARN("first admission " << earliest.toString(Qt::ISODate).toStdString() << ", " << *pages
                            << " pages");
}
