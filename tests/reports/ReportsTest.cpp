// SPDX-License-Identifier: GPL-3.0-or-later
// Printed records as a reader gets them (issue 6): every page names the participant and says
// "Confidential" and "Page N of M"; user text prints as typed, never as markup; a signed note
// shows who signed and co-signed it. The PDFs are read back with poppler's pdftotext.
#include "domain/ProgramSettings.h"
#include "reports/DocumentRenderer.h"
#include "reports/Html.h"
#include "reports/RecordDocuments.h"
#include "support/TestDatabase.h"

#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(30000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString& path)
{
    return run(
        QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
}

Participant alex()
{
    Participant p;
    p.legalFirstName = QStringLiteral("Alex");
    p.legalLastName = QStringLiteral("Rivera");
    p.recordNumber = QStringLiteral("SW-00042");
    p.dateOfBirth = QDate(1990, 4, 2);
    return p;
}

ProgramSettings program()
{
    ProgramSettings s;
    s.clinicName = QStringLiteral("Harbor Clinic");
    s.programName = QStringLiteral("Evening IOP");
    return s;
}

Note signedNote()
{
    Note n;
    n.id = 5;
    n.format = NoteFormat::Dap;
    n.contact = NoteContact::Individual;
    n.serviceDate = QDate(2026, 3, 2);
    n.sessionTitle = QStringLiteral("Individual counseling \u00B7 09:00\u201310:00");
    n.sections
        = { { QStringLiteral("data"), QStringLiteral("Said <b>never again</b> & meant it.") },
              { QStringLiteral("assessment"), QStringLiteral("Motivated.") },
              { QStringLiteral("plan"), QStringLiteral("Review the coping card Friday.") } };
    n.authorName = QStringLiteral("Toni Trainee");
    n.signedAt = QDateTime(QDate(2026, 3, 2), QTime(16, 5), Qt::UTC);
    n.contentHash
        = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    n.cosignRequired = true;
    n.cosignedByName = QStringLiteral("Sam Supervisor");
    n.cosignedAt = QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC);
    NoteAddendum a;
    a.text = QStringLiteral("PHQ-9 today was 11.");
    a.authorName = QStringLiteral("Toni Trainee");
    a.signedAt = QDateTime(QDate(2026, 3, 2), QTime(18, 0), Qt::UTC);
    a.contentHash = QStringLiteral("fedcba9876543210");
    n.addenda = { a };
    return n;
}

} // namespace

TEST_CASE(
    "A signed note prints with its signatures, its addendum and the text as typed", "[reports]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("note.pdf"));
    const RecordDocument doc = RecordDocuments::note(signedNote(), alex(), program());
    CHECK(doc.bodyHtml.contains(QStringLiteral("&lt;b&gt;never again&lt;/b&gt; &amp;")));
    CHECK_FALSE(doc.bodyHtml.contains(QStringLiteral("<b>never again")));
    auto pages = DocumentRenderer::writePdf(doc, path, QPageSize(QPageSize::Letter));
    REQUIRE_OK(pages);
    CHECK(pages.value() == 1);
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Rivera, Alex")));
    CHECK(text.contains(QStringLiteral("SW-00042")));
    CHECK(text.contains(QStringLiteral("DOB 1990-04-02")));
    CHECK(text.contains(QStringLiteral("Harbor Clinic")));
    CHECK(text.contains(QStringLiteral("Said <b>never again</b> & meant it.")));
    CHECK(text.contains(QStringLiteral("Signed electronically by Toni Trainee")));
    CHECK(text.contains(QStringLiteral("0123456789ab")));
    CHECK(text.contains(QStringLiteral("Co-signed electronically by Sam Supervisor")));
    CHECK(text.contains(QStringLiteral("PHQ-9 today was 11.")));
    CHECK(text.contains(QStringLiteral("Confidential")));
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));
    const QString info = run(QStringLiteral("pdfinfo"), { path });
    CHECK(info.contains(QStringLiteral("612 x 792 pts"))); // US Letter
}

TEST_CASE("A long record flows over pages that each carry the header and footer", "[reports]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    RecordDocument doc;
    doc.title = QStringLiteral("Discharge Summary");
    doc.participantName = QStringLiteral("Rivera, Alex");
    doc.recordNumber = QStringLiteral("SW-00042");
    for (int i = 1; i <= 120; ++i)
        doc.bodyHtml += Html::paragraph(QStringLiteral("Paragraph %1 of the course of treatment, "
                                                       "long enough to fill a line or two of the "
                                                       "page.")
                                            .arg(i));
    auto pages = DocumentRenderer::writePdf(doc, path, QPageSize(QPageSize::A4));
    REQUIRE_OK(pages);
    REQUIRE(pages.value() >= 3);
    const QString text = pdfText(path);
    const QStringList perPage = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(perPage.size() == pages.value());
    for (int i = 0; i < perPage.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(perPage.at(i).contains(QStringLiteral("Rivera, Alex \u00B7 SW-00042")));
        CHECK(
            perPage.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.value())));
    }
    // Nothing is lost between pages.
    for (int i = 1; i <= 120; ++i)
        CHECK(text.contains(QStringLiteral("Paragraph %1 of").arg(i)));
    const QString info = run(QStringLiteral("pdfinfo"), { path });
    INFO(info.toStdString());
    CHECK(info.contains(QStringLiteral("(A4)")));
}

TEST_CASE("A PDF that cannot be written leaves nothing behind", "[reports]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/note.pdf"));
    auto pages
        = DocumentRenderer::writePdf(RecordDocuments::note(signedNote(), alex(), program()), path);
    REQUIRE_FALSE(pages.ok());
    CHECK(pages.error().code == ErrorCode::Io);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A discharge summary prints reason, condition, measures and signature", "[reports]")
{
    DischargeRecord r;
    r.dischargeDate = QDate(2026, 3, 30);
    r.reason = DischargeReason::TransferredLower;
    r.reasonNote = QStringLiteral("Harbor Counseling outpatient");
    r.condition = DischargeCondition::Improved;
    r.finalScores
        = { FinalScore { QStringLiteral("phq9"), QStringLiteral("PHQ-9"), QDate(2026, 1, 6), 18,
            QStringLiteral("Moderately severe"), QDate(2026, 3, 27), 6, QStringLiteral("Mild") } };
    r.summary = QStringLiteral("Completed intensive and step-down.\nMood improved.");
    r.signedByName = QStringLiteral("Dana Counselor");
    r.signedAt = QDateTime(QDate(2026, 3, 30), QTime(15, 0), Qt::UTC);
    r.contentHash = QStringLiteral("abcdefabcdef0000");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("discharge.pdf"));
    REQUIRE_OK(DocumentRenderer::writePdf(
        RecordDocuments::discharge(r, alex(), program(), QDate(2026, 1, 5)), path));
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Transferred to a lower level of care: Harbor Counseling")));
    CHECK(text.contains(QStringLiteral("Improved")));
    CHECK(text.contains(QStringLiteral("18 Moderately severe")));
    CHECK(text.contains(QStringLiteral("6 Mild")));
    CHECK(text.contains(QStringLiteral("Mood improved.")));
    CHECK(text.contains(QStringLiteral("Signed electronically by Dana Counselor")));
}

TEST_CASE("Pictures of printed records", "[.shots]")
{
    const QString dir = test::shotsDir();
    REQUIRE_OK(DocumentRenderer::writePdf(RecordDocuments::note(signedNote(), alex(), program()),
        dir + QStringLiteral("/note.pdf"), QPageSize(QPageSize::Letter)));
    DischargeRecord r;
    r.dischargeDate = QDate(2026, 3, 30);
    r.reason = DischargeReason::Completed;
    r.condition = DischargeCondition::Improved;
    r.finalScores = { FinalScore { QStringLiteral("phq9"), QStringLiteral("PHQ-9"),
                          QDate(2026, 1, 6), 18, QStringLiteral("Moderately severe"),
                          QDate(2026, 3, 27), 6, QStringLiteral("Mild") },
        FinalScore { QStringLiteral("gad7"), QStringLiteral("GAD-7"), QDate(2026, 1, 6), 12,
            QStringLiteral("Moderate"), QDate(2026, 3, 27), 4, QStringLiteral("Minimal") } };
    r.summary = QStringLiteral("COURSE OF TREATMENT\nAlex attended 31 of 34 sessions.\n\n"
                               "CLINICIAN'S ASSESSMENT\nMood and cravings improved.");
    r.signedByName = QStringLiteral("Dana Counselor");
    r.signedAt = QDateTime(QDate(2026, 3, 30), QTime(15, 0), Qt::UTC);
    r.contentHash = QStringLiteral("abcdefabcdef0000");
    REQUIRE_OK(DocumentRenderer::writePdf(
        RecordDocuments::discharge(r, alex(), program(), QDate(2026, 1, 5)),
        dir + QStringLiteral("/discharge.pdf"), QPageSize(QPageSize::Letter)));
}
