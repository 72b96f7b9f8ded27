// SPDX-License-Identifier: GPL-3.0-or-later
// The progress summary dialog as a counselor uses it (issue 7): it opens on the last four
// weeks with every section and a drafted narrative; a narrative with the prompt left in, a copy
// for someone outside the program without a consent and a period ending tomorrow are refused
// beside their fields without losing what was typed; with a consent the saved PDF carries the
// Part 2 notice, leaves out what was unticked and is in the accounting of disclosures; printing
// is recorded only once the print dialog is accepted; the Participant menu opens the dialog.
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "consent/ConsentRules.h"
#include "consent/Part2Notice.h"
#include "participant/ParticipantPage.h"
#include "recovery/Analyte.h"
#include "reports/SummaryDialog.h"
#include "session/DraftOffer.h"
#include "storage/AssessmentStore.h"
#include "storage/ConsentStore.h"
#include "storage/DisclosureStore.h"
#include "storage/DraftStore.h"
#include "storage/ToxicologyStore.h"
#include "summary/SummaryNarrative.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QString Own = QStringLiteral("Alex keeps every appointment & <says> the group helps.");

// The PDF's text with every run of white space as one space: lines wrap anywhere.
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QString sha256(const QString& path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex());
}

// Alex, admitted 60 days ago on Dana's caseload, with PHQ-9s and a screen positive for cocaine
// in the last four weeks; Dana is signed in.
Id admitAlex(UiFixture& f)
{
    Participant p = sampleParticipant(QStringLiteral("R-2042"));
    p.legalFirstName = QStringLiteral("Alex");
    p.legalLastName = QStringLiteral("Rivera");
    const Id pid = f.addAdmitted(p, 60);
    Database& db = f.database.db();
    for (const auto& [daysAgo, answers] : QList<QPair<int, QList<int>>> {
             { 55, { 3, 3, 3, 3, 2, 2, 1, 1, 0 } }, { 5, { 1, 1, 1, 1, 0, 0, 0, 0, 0 } } }) {
        AssessmentInput in;
        in.participantId = pid;
        in.instrument = QStringLiteral("phq9");
        in.administeredOn = uiToday().addDays(-daysAgo);
        for (int a : answers)
            in.answers.append(a);
        REQUIRE_OK(AssessmentStore(db).record(in));
    }
    ToxScreenInput screen;
    screen.participantId = pid;
    screen.collectedOn = uiToday().addDays(-7);
    screen.observed = true;
    screen.panel = QStringLiteral("twelve_panel");
    const auto panel = Analytes::panel(screen.panel);
    REQUIRE(panel.has_value());
    for (const QString& a : panel->analytes) {
        ToxResult r;
        r.analyte = a;
        if (a == QLatin1String(Analytes::Cocaine))
            r.result = ToxResultValue::Positive;
        screen.results.append(r);
    }
    REQUIRE_OK(ToxicologyStore(db).record(screen));
    f.database.actAs(f.database.counselorId(), { StaffRole::Counselor });
    return pid;
}

Consent probationConsent(Id pid)
{
    Consent c;
    c.participantId = pid;
    c.recipientName = QStringLiteral("Jordan Lee");
    c.recipientOrganization = QStringLiteral("County Probation Department");
    c.purpose = QStringLiteral("Report attendance and progress to the probation officer");
    c.information = QStringLiteral("Attendance and progress in treatment");
    c.startDate = uiToday().addDays(-30);
    c.expiryDate = uiToday().addDays(150);
    c.signedDate = c.startDate;
    return c;
}

QList<Disclosure> disclosures(UiFixture& f, Id pid)
{
    auto list = DisclosureStore(f.database.db()).list(pid);
    REQUIRE_OK(list);
    return *list;
}

void useOwnWords(SummaryDialog& dialog)
{
    QString text = dialog.narrativeEdit()->toPlainText();
    REQUIRE(SummaryNarrative::hasPrompt(text));
    text.replace(SummaryNarrative::prompt(), Own);
    dialog.narrativeEdit()->setPlainText(text);
}

} // namespace

TEST_CASE("The summary dialog opens on the last four weeks with every section and a draft",
    "[ui][summary]")
{
    UiFixture f;
    const Id pid = admitAlex(f);
    SummaryDialog dialog(f.context, pid);
    CHECK(dialog.fromEdit()->date() == uiToday().addDays(-27));
    CHECK(dialog.toEdit()->date() == uiToday());
    for (SummarySection s : allSummarySections())
        CHECK(dialog.sectionBox(s)->isChecked());
    CHECK(dialog.audienceButton(SummaryAudience::Internal)->isChecked());
    CHECK(dialog.supervisorCombo()->currentText().startsWith(QStringLiteral("None")));
    CHECK(dialog.supervisorCombo()->findText(QStringLiteral("Riley Lead")) > 0);
    CHECK(dialog.supervisorCombo()->findText(QStringLiteral("Dana Counselor")) < 0);
    const QString draft = dialog.narrativeEdit()->toPlainText();
    INFO(draft.toStdString());
    CHECK(draft.contains(QStringLiteral("PHQ-9")));
    CHECK(SummaryNarrative::hasPrompt(draft));
    CHECK(dialog.promptWarning()->isVisibleTo(&dialog));
    useOwnWords(dialog);
    CHECK_FALSE(dialog.promptWarning()->isVisibleTo(&dialog));
}

TEST_CASE(
    "The period starts at the admission when that is less than four weeks ago", "[ui][summary]")
{
    UiFixture f;
    const Id recent = f.addAdmitted(sampleParticipant(QStringLiteral("R-7")), 10);
    SummaryDialog dialog(f.context, recent);
    CHECK(dialog.fromEdit()->date() == uiToday().addDays(-10));
    CHECK(dialog.toEdit()->date() == uiToday());
}

TEST_CASE("A copy for someone outside the program needs a consent and leaves out what was "
          "unticked",
    "[ui][summary][consent]")
{
    UiFixture f;
    const Id pid = admitAlex(f);
    SummaryDialog dialog(f.context, pid);
    const QString path = QDir(f.database.dir()).filePath(QStringLiteral("for probation.pdf"));
    int asked = 0;
    QString suggested;
    dialog.setPathChooser([&](QWidget*, const QString& offered) {
        ++asked;
        suggested = offered;
        return path;
    });
    const QString draft = dialog.narrativeEdit()->toPlainText();

    dialog.sectionBox(SummarySection::Toxicology)->click();
    dialog.audienceButton(SummaryAudience::External)->click();
    CHECK(dialog.noConsentLabel()->isVisibleTo(&dialog));
    CHECK(dialog.noConsentLabel()->text().contains(QStringLiteral("Consents & Disclosures tab")));
    CHECK_FALSE(dialog.consentCombo()->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.recipientEdit()->isVisibleTo(&dialog));

    // The prompt left in: refused beside the narrative before a file is asked for.
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    CHECK(asked == 0);
    CHECK_FALSE(dialog.fieldErrors()->message(QStringLiteral("narrative")).isEmpty());
    CHECK(dialog.fieldErrors()->label(QStringLiteral("narrative"))->isVisibleTo(&dialog));
    CHECK(dialog.narrativeEdit()->toPlainText() == draft);

    // In the counselor's own words, the missing consent is what stops it.
    useOwnWords(dialog);
    const QString own = dialog.narrativeEdit()->toPlainText();
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    CHECK(asked == 0);
    const QString reason
        = dialog.fieldErrors()->message(QLatin1String(DisclosureRules::ConsentField));
    INFO(reason.toStdString());
    CHECK_FALSE(reason.isEmpty());
    CHECK(dialog.fieldErrors()
              ->label(QLatin1String(DisclosureRules::ConsentField))
              ->isVisibleTo(&dialog));
    CHECK(dialog.fieldErrors()->message(QStringLiteral("narrative")).isEmpty());
    CHECK(dialog.narrativeEdit()->toPlainText() == own);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(disclosures(f, pid).isEmpty());

    // The consent is recorded on the chart; the dialog lists it.
    auto consentId = ConsentStore(f.database.db()).add(probationConsent(pid));
    REQUIRE_OK(consentId);
    f.context.notifyParticipantChanged(pid);
    REQUIRE(dialog.consentCombo()->count() == 1);
    CHECK(dialog.consentCombo()->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.noConsentLabel()->isVisibleTo(&dialog));
    CHECK(dialog.consentCombo()->currentText().contains(
        QStringLiteral("Jordan Lee, County Probation Department")));
    auto* details = child<QLabel>(&dialog, QStringLiteral("consentDetails"));
    CHECK(details->text().contains(uiToday().addDays(150).toString(Qt::ISODate)));
    CHECK(details->textFormat() == Qt::PlainText);
    dialog.supervisorCombo()->setCurrentIndex(
        dialog.supervisorCombo()->findText(QStringLiteral("Riley Lead")));

    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    CHECK(asked == 1);
    CHECK(QFileInfo(suggested).fileName()
        == SummaryExport::fileName(QStringLiteral("R-2042"), uiToday().addDays(-27), uiToday()));
    CHECK(QFileInfo(suggested).absolutePath()
        == QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
               .absolutePath());
    REQUIRE(QFileInfo::exists(path));
    CHECK(dialog.messageBar()->type() == MessageBar::Type::Positive);
    CHECK(dialog.messageBar()->text().contains(QDir::toNativeSeparators(path)));
    CHECK(dialog.messageBar()->text().contains(QStringLiteral("recorded")));
    CHECK(dialog.narrativeEdit()->toPlainText() == own);

    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(Part2Notice::paragraphs().first().simplified()));
    CHECK(text.contains(Part2Notice::shortText().simplified()));
    CHECK(text.contains(QStringLiteral("Alex Rivera")));
    CHECK(text.contains(QStringLiteral("County Probation Department")));
    CHECK(text.contains(QStringLiteral("Riley Lead")));
    CHECK(text.contains(QStringLiteral("& <says> the group helps.")));
    CHECK_FALSE(text.contains(QStringLiteral("Toxicology"), Qt::CaseInsensitive));
    CHECK_FALSE(text.contains(QStringLiteral("cocaine"), Qt::CaseInsensitive));

    const QList<Disclosure> list = disclosures(f, pid);
    REQUIRE(list.size() == 1);
    CHECK(list[0].kind == DisclosureKind::External);
    CHECK(list[0].consentId == *consentId);
    CHECK(list[0].recipient.contains(QStringLiteral("County Probation Department")));
    CHECK(list[0].sections.contains(label(SummarySection::Assessments)));
    CHECK_FALSE(list[0].sections.contains(label(SummarySection::Toxicology)));
    CHECK(list[0].documentSha256 == sha256(path));
}

TEST_CASE("Printing is recorded only once the print dialog is accepted", "[ui][summary]")
{
    UiFixture f;
    const Id pid = admitAlex(f);
    SummaryDialog dialog(f.context, pid);
    useOwnWords(dialog);
    const QString out = QDir(f.database.dir()).filePath(QStringLiteral("printed.pdf"));

    int asked = 0;
    dialog.setPrinterChooser([&](QWidget*, QPrinter&) {
        ++asked;
        return false;
    });
    QTest::mouseClick(dialog.printButton(), Qt::LeftButton);
    CHECK(asked == 1);
    CHECK(disclosures(f, pid).isEmpty());

    dialog.setPrinterChooser([&](QWidget*, QPrinter& printer) {
        ++asked;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(out);
        return true;
    });
    QTest::mouseClick(dialog.printButton(), Qt::LeftButton);
    CHECK(asked == 2);
    REQUIRE(QFileInfo::exists(out));
    CHECK(dialog.messageBar()->type() == MessageBar::Type::Positive);
    const QList<Disclosure> list = disclosures(f, pid);
    REQUIRE(list.size() == 1);
    CHECK(list[0].kind == DisclosureKind::Internal);
    CHECK(list[0].description.contains(QStringLiteral("printed")));
    CHECK(list[0].documentSha256.isEmpty());
    CHECK(list[0].sections.contains(label(SummarySection::Toxicology)));

    // Everything ticked, for the program's own review: the screen is there, the notice is not.
    const QString text = pdfText(out);
    CHECK(text.contains(QStringLiteral("Toxicology")));
    CHECK(text.contains(QStringLiteral("Cocaine"), Qt::CaseInsensitive));
    CHECK_FALSE(text.contains(QStringLiteral("42 CFR")));
}

TEST_CASE("Refusals and re-drafting never lose the narrative without asking", "[ui][summary]")
{
    UiFixture f;
    const Id pid = admitAlex(f);
    SummaryDialog dialog(f.context, pid);
    useOwnWords(dialog);
    const QString own = dialog.narrativeEdit()->toPlainText();
    int asked = 0;
    dialog.setPathChooser([&](QWidget*, const QString&) {
        ++asked;
        return QDir(f.database.dir()).filePath(QStringLiteral("x.pdf"));
    });

    dialog.toEdit()->setDate(uiToday().addDays(1));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    CHECK(asked == 0);
    CHECK_FALSE(dialog.fieldErrors()->message(QStringLiteral("to")).isEmpty());
    CHECK(dialog.narrativeEdit()->toPlainText() == own);

    // Re-drafting an edited narrative asks first; "No" keeps it, even with a bad period.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("redraft")), Qt::LeftButton);
    CHECK(MessageBox::lastText().contains(QStringLiteral("lost")));
    CHECK(dialog.narrativeEdit()->toPlainText() == own);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("redraft")), Qt::LeftButton);
    CHECK_FALSE(dialog.fieldErrors()->message(QStringLiteral("to")).isEmpty());
    CHECK(dialog.narrativeEdit()->toPlainText() == own);

    dialog.toEdit()->setDate(uiToday());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("redraft")), Qt::LeftButton);
    CHECK(SummaryNarrative::hasPrompt(dialog.narrativeEdit()->toPlainText()));

    // Without the narrative section its prompt stops nothing.
    dialog.sectionBox(SummarySection::Narrative)->click();
    CHECK_FALSE(dialog.promptWarning()->isVisibleTo(&dialog));
    CHECK_FALSE(dialog.narrativeEdit()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    CHECK(asked == 1);
    CHECK(disclosures(f, pid).size() == 1);
}

TEST_CASE(
    "Participant > Progress Summary opens the dialog for the chart on screen", "[ui][summary]")
{
    UiFixture f;
    const Id pid = admitAlex(f);
    MainWindow window(f.context);
    auto* action = window.findChild<QAction*>(QStringLiteral("progressSummaryAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    CHECK_FALSE(action->isVisible());
    REQUIRE(window.showParticipant(pid));
    CHECK(action->isVisible());

    QString who;
    QTimer::singleShot(0, [&] {
        if (auto* dialog = findTopLevel<SummaryDialog>()) {
            who = dialog->request().participantId == pid ? QStringLiteral("Alex")
                                                         : QStringLiteral("someone else");
            dialog->reject();
        }
    });
    action->trigger();
    CHECK(who == QStringLiteral("Alex"));
}

// Run by hand: writes the dialog as a user sees it, for review.
TEST_CASE("The narrative is kept as a draft when the screen locks and comes back", "[ui][summary]")
{
    UiFixture f;
    const Id pid = admitAlex(f);
    Draft kept;
    {
        SummaryDialog dialog(f.context, pid);
        // The drafted text alone is nothing to keep: it comes back from the record.
        CHECK_FALSE(dialog.isModified());
        CHECK(f.context.unsavedWork().modified().isEmpty());
        dialog.sectionBox(SummarySection::Toxicology)->setChecked(false);
        useOwnWords(dialog);
        REQUIRE(f.context.unsavedWork().modified().size() == 1);
        // The lock screen's words name no participant.
        CHECK(dialog.unsavedTitle() == QStringLiteral("Progress summary narrative not yet used"));
        kept = dialog.draft();
        REQUIRE_OK(DraftStore(f.database.db()).save(kept));
        const int boxes = MessageBox::count();
        dialog.discard();
        CHECK(MessageBox::count() == boxes);
    }
    CHECK(f.context.unsavedWork().forms().isEmpty());

    SummaryDialog again(f.context, pid);
    REQUIRE(again.draftOffer()->isOffering());
    CHECK_FALSE(again.narrativeEdit()->toPlainText().contains(Own));
    QTest::mouseClick(again.draftOffer()->resumeButton(), Qt::LeftButton);
    CHECK(again.narrativeEdit()->toPlainText().contains(Own));
    CHECK_FALSE(again.sectionBox(SummarySection::Toxicology)->isChecked());
    CHECK(again.sectionBox(SummarySection::Attendance)->isChecked());
    CHECK(again.isModified());
    // Once it has gone into a saved copy, closing asks nothing.
    const QString path = f.database.dir() + QStringLiteral("/draft.pdf");
    REQUIRE(again.saveTo(path));
    CHECK_FALSE(again.isModified());
}

TEST_CASE("Closing with a narrative of one's own asks first", "[ui][summary]")
{
    UiFixture f;
    const Id pid = admitAlex(f);
    SummaryDialog dialog(f.context, pid);
    dialog.show();
    useOwnWords(dialog);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog.reject();
    CHECK(dialog.isVisible());
    CHECK(MessageBox::lastText().contains(QStringLiteral("discard the narrative")));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog.reject();
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("summary dialog screenshots", "[.][shots]")
{
    UiFixture f;
    const Id pid = admitAlex(f);
    SummaryDialog dialog(f.context, pid);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.grab().save(QDir(shotsDir()).filePath(QStringLiteral("summary-dialog.png"))));

    dialog.sectionBox(SummarySection::Toxicology)->click();
    dialog.audienceButton(SummaryAudience::External)->click();
    useOwnWords(dialog);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    REQUIRE(dialog.grab().save(
        QDir(shotsDir()).filePath(QStringLiteral("summary-dialog-no-consent.png"))));

    REQUIRE_OK(ConsentStore(f.database.db()).add(probationConsent(pid)));
    f.context.notifyParticipantChanged(pid);
    dialog.setPathChooser([&](QWidget*, const QString& offered) {
        return QDir(shotsDir()).filePath(QFileInfo(offered).fileName());
    });
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCoreApplication::processEvents();
    REQUIRE(
        dialog.grab().save(QDir(shotsDir()).filePath(QStringLiteral("summary-dialog-saved.png"))));

    QTimer::singleShot(0, [] {
        if (auto* preview = findTopLevel<QPrintPreviewDialog>()) {
            QTest::qWait(200);
            preview->grab().save(QDir(shotsDir()).filePath(QStringLiteral("summary-preview.png")));
            preview->reject();
        }
    });
    QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
}
