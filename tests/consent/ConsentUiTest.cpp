// SPDX-License-Identifier: GPL-3.0-or-later
// The chart's Consents & Disclosures tab as a counselor uses it (issue 7): a consent added
// through the form (refusals beside their fields first), shown with whether it allows a
// disclosure today, revoked with a day and a reason; typed text shown literally; the accounting
// of disclosures listed newest first; a counselor outside the caseload kept from saving.
#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "common/ReadOnlyTable.h"
#include "consent/ConsentDialog.h"
#include "consent/ConsentFactDialog.h"
#include "consent/ConsentListModel.h"
#include "consent/ConsentsTab.h"
#include "consent/DisclosureListModel.h"
#include "participant/ParticipantPage.h"
#include "plans/OptionalDateEdit.h"
#include "recovery/RecoveryTab.h"
#include "storage/ConsentStore.h"
#include "storage/DisclosureStore.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>

using namespace stepwise;
using namespace stepwise::test;

namespace {

struct Clinic
{
    UiFixture f;
    Id participant = 0;

    Clinic()
    {
        participant = f.addAdmitted(sampleParticipant(QStringLiteral("R-7001")), 30);
        signIn(f.database.counselorId(), { StaffRole::Counselor });
    }

    void signIn(Id staff, const RoleSet& roles) { f.database.actAs(staff, roles); }

    QString cell(QAbstractItemModel* model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }
};

} // namespace

TEST_CASE("A counselor adds a consent through the form and sees it valid today", "[consent][ui]")
{
    Clinic c;
    ConsentsTab tab(c.f.context);
    QAbstractItemModelTester consentsTester(
        tab.consents(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester disclosuresTester(
        tab.disclosures(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    tab.showParticipant(c.participant);
    tab.resize(1100, 700);
    activate(&tab);
    CHECK(tab.consents()->rowCount() == 0);
    CHECK(tab.detailText().startsWith(QStringLiteral("No consent to disclose is on file")));

    click(tab.addButton());
    auto* dialog = findTopLevel<ConsentDialog>();
    REQUIRE(dialog != nullptr);
    activate(dialog);

    // Saved empty: core's reasons appear beside the fields, nothing is written.
    click(dialog->saveButton());
    CHECK(dialog->isVisible());
    CHECK(dialog->fieldErrors()->message(QStringLiteral("recipient"))
        == QStringLiteral("Name the person or the organization that may receive the information."));
    CHECK(dialog->fieldErrors()->message(QStringLiteral("expiry"))
        == QStringLiteral("Give the day the consent expires, the event that ends it, or both."));
    QLabel* purposeReason
        = child<QLabel>(dialog, FieldErrors::labelName(QStringLiteral("purpose")));
    CHECK(purposeReason->isVisibleTo(dialog));
    CHECK(ConsentStore(c.f.database.db()).list(c.participant)->isEmpty());

    typeInto(dialog->recipientNameEdit(), QStringLiteral("Jordan Lee"));
    typeInto(dialog->organizationEdit(), QStringLiteral("<b>County</b> Probation & Parole"));
    typeInto(dialog->purposeEdit(), QStringLiteral("Report attendance to the probation officer"));
    typeInto(dialog->informationEdit(), QStringLiteral("Attendance and drug screen results"));
    dialog->startEdit()->setDate(uiToday().addDays(-3));
    QTest::keyClick(dialog->expiryEdit()->checkBox(), Qt::Key_Space);
    REQUIRE(dialog->expiryEdit()->dateEdit()->isEnabled());
    dialog->expiryEdit()->dateEdit()->setDate(uiToday().addDays(90));
    typeInto(dialog->expiryEventEdit(), QStringLiteral("completion of probation"));
    REQUIRE(dialog->signedEdit()->checkBox()->isChecked()); // signed today unless unchecked
    dialog->signedEdit()->dateEdit()->setDate(uiToday().addDays(-3));
    const QPointer<ConsentDialog> guard(dialog);
    click(dialog->saveButton());
    REQUIRE((guard.isNull() || !guard->isVisible()));

    auto stored = ConsentStore(c.f.database.db()).list(c.participant);
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 1);
    const Consent& saved = stored->first();
    CHECK(saved.recipientOrganization == QStringLiteral("<b>County</b> Probation & Parole"));
    CHECK(saved.startDate == uiToday().addDays(-3));
    CHECK(saved.expiryDate == uiToday().addDays(90));
    CHECK(saved.expiryEvent == QStringLiteral("completion of probation"));
    CHECK(saved.signedDate == uiToday().addDays(-3));
    CHECK(saved.recordedBy == c.f.database.counselorId());

    // The tab: the markup shown as typed, the status for today with its reason.
    REQUIRE(tab.consents()->rowCount() == 1);
    CHECK(c.cell(tab.consents(), 0, ConsentListModel::Recipient)
        == QStringLiteral("Jordan Lee, <b>County</b> Probation & Parole"));
    CHECK(c.cell(tab.consents(), 0, ConsentListModel::Status) == QStringLiteral("Valid"));
    CHECK(c.cell(tab.consents(), 0, ConsentListModel::Reason)
        == QStringLiteral("In effect through 2025-06-08, or until completion of probation if "
                          "that comes first."));
    tab.consentsTable()->setCurrentIndex(tab.consents()->index(0, 0));
    auto* detail = child<QLabel>(&tab, QStringLiteral("consentDetail"));
    CHECK(detail->textFormat() == Qt::PlainText);
    CHECK(tab.detailText().contains(
        QStringLiteral("Disclosure to: Jordan Lee, <b>County</b> Probation & Parole")));
}

TEST_CASE("A counselor revokes a consent with the day and the reason", "[consent][ui]")
{
    Clinic c;
    Consent consent;
    consent.participantId = c.participant;
    consent.recipientOrganization = QStringLiteral("Acme Employee Assistance Program");
    consent.purpose = QStringLiteral("Return-to-work planning");
    consent.information = QStringLiteral("Attendance");
    consent.startDate = uiToday().addDays(-20);
    consent.expiryDate = uiToday().addDays(60);
    consent.signedDate = uiToday().addDays(-20);
    REQUIRE_OK(ConsentStore(c.f.database.db()).add(consent));

    ConsentsTab tab(c.f.context);
    tab.showParticipant(c.participant);
    activate(&tab);
    REQUIRE(tab.consents()->rowCount() == 1);
    tab.consentsTable()->setCurrentIndex(tab.consents()->index(0, 0));
    REQUIRE(tab.revokeButton()->isEnabled());

    click(tab.revokeButton());
    auto* dialog = findTopLevel<ConsentFactDialog>();
    REQUIRE(dialog != nullptr);
    activate(dialog);
    CHECK(dialog->fact() == ConsentFactDialog::Fact::Revocation);
    click(dialog->saveButton()); // no reason yet
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->fieldErrors()->message(QStringLiteral("revocation_reason")).isEmpty());
    dialog->dateEdit()->setDate(uiToday().addDays(-1));
    typeInto(dialog->reasonEdit(), QStringLiteral("Revoked in writing at group"));
    const QPointer<ConsentFactDialog> guard(dialog);
    click(dialog->saveButton());
    REQUIRE((guard.isNull() || !guard->isVisible()));

    REQUIRE(tab.consents()->rowCount() == 1);
    CHECK(c.cell(tab.consents(), 0, ConsentListModel::Status) == QStringLiteral("Revoked"));
    CHECK(c.cell(tab.consents(), 0, ConsentListModel::Reason)
        == QStringLiteral("Revoked on 2025-03-09: Revoked in writing at group"));
    tab.consentsTable()->setCurrentIndex(tab.consents()->index(0, 0));
    CHECK_FALSE(tab.revokeButton()->isEnabled()); // once only
}

TEST_CASE("The accounting of disclosures lists each document newest first", "[consent][ui]")
{
    Clinic c;
    c.f.database.actAs(c.f.database.leadId(),
        { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator });
    DisclosureInput own;
    own.participantId = c.participant;
    own.kind = DisclosureKind::Participant;
    own.purpose = QStringLiteral("Participant's own copy");
    own.description = QStringLiteral("Progress summary, February");
    REQUIRE_OK(DisclosureStore(c.f.database.db()).record(own));
    c.f.clock.set(c.f.clock.now().addSecs(3600));
    DisclosureInput review = own;
    review.kind = DisclosureKind::Internal;
    review.recipient = QStringLiteral("<i>Case conference</i>");
    review.purpose = QStringLiteral("Treatment planning");
    review.description = QStringLiteral("Progress summary, March");
    REQUIRE_OK(DisclosureStore(c.f.database.db()).record(review));

    ConsentsTab tab(c.f.context);
    tab.showParticipant(c.participant);
    REQUIRE(tab.disclosures()->rowCount() == 2);
    CHECK(c.cell(tab.disclosures(), 0, DisclosureListModel::Recipient)
        == QStringLiteral("<i>Case conference</i>"));
    CHECK(c.cell(tab.disclosures(), 0, DisclosureListModel::Kind)
        == QStringLiteral("Within the program"));
    CHECK(c.cell(tab.disclosures(), 0, DisclosureListModel::ConsentNumber)
        == QStringLiteral("none needed"));
    CHECK(c.cell(tab.disclosures(), 1, DisclosureListModel::Recipient)
        == QStringLiteral("The participant"));
}

TEST_CASE("A counselor cannot add a consent for someone outside their caseload", "[consent][ui]")
{
    Clinic c;
    const Id other = c.f.database.addStaff(QStringLiteral("Sam Other"), { StaffRole::Counselor });
    c.signIn(other, { StaffRole::Counselor });
    ConsentDialog dialog(c.f.context, c.participant);
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.messageBar()->text().contains(QStringLiteral("not on your caseload")));
}

TEST_CASE("The chart has a Consents and Disclosures tab after Medications and Toxicology",
    "[consent][ui]")
{
    Clinic c;
    ParticipantPage page(c.f.context);
    REQUIRE(page.showParticipant(c.participant));
    QTabWidget* tabs = page.tabs();
    const int consents = tabs->indexOf(page.consentsTab());
    REQUIRE(consents > 0);
    CHECK(tabs->tabText(consents) == QStringLiteral("Consents && &Disclosures"));
    CHECK(tabs->widget(consents - 1) == page.recoveryTab());
}

// Run by hand: writes consents-tab.png and consent-dialog.png to $STEPWISE_SHOTS_DIR (or
// /tmp/stepwise-shots) for review.
TEST_CASE("Pictures of the Consents and Disclosures tab and the consent form", "[.][shots]")
{
    Clinic c;
    c.f.database.actAs(c.f.database.leadId(),
        { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator });
    ConsentStore consents(c.f.database.db());
    Consent court;
    court.participantId = c.participant;
    court.recipientName = QStringLiteral("Jordan Lee");
    court.recipientOrganization = QStringLiteral("County Probation Department");
    court.purpose = QStringLiteral("Report attendance and progress to the probation officer");
    court.information = QStringLiteral("Attendance, drug screen results, progress in treatment");
    court.startDate = uiToday().addDays(-28);
    court.expiryDate = uiToday().addDays(150);
    court.expiryEvent = QStringLiteral("completion of probation");
    court.signedDate = court.startDate;
    auto courtId = consents.add(court);
    REQUIRE_OK(courtId);
    Consent employer = court;
    employer.recipientName.clear();
    employer.recipientOrganization = QStringLiteral("Acme Employee Assistance Program");
    employer.purpose = QStringLiteral("Return-to-work planning");
    employer.information = QStringLiteral("Attendance only");
    employer.expiryDate = uiToday().addDays(60);
    employer.expiryEvent.clear();
    auto employerId = consents.add(employer);
    REQUIRE_OK(employerId);
    REQUIRE_OK(consents.revoke(
        *employerId, uiToday().addDays(-2), QStringLiteral("Revoked in writing at group")));
    Consent family = court;
    family.recipientName = QStringLiteral("Maria Alvarez (sister)");
    family.recipientOrganization.clear();
    family.purpose = QStringLiteral("Family session planning");
    family.information = QStringLiteral("Appointment times");
    family.startDate = uiToday().addDays(3);
    family.expiryDate = uiToday().addDays(40);
    family.expiryEvent.clear();
    family.signedDate = QDate();
    REQUIRE_OK(consents.add(family));

    DisclosureInput in;
    in.participantId = c.participant;
    in.kind = DisclosureKind::External;
    in.consentId = *courtId;
    in.description = QStringLiteral("Progress summary, 2025-02-08 to 2025-03-07");
    in.periodFrom = uiToday().addDays(-30);
    in.periodTo = uiToday().addDays(-3);
    in.sections = { QStringLiteral("Attendance"), QStringLiteral("Drug screens") };
    REQUIRE_OK(DisclosureStore(c.f.database.db()).record(in));
    c.f.clock.set(c.f.clock.now().addSecs(1800));
    in.kind = DisclosureKind::Participant;
    in.consentId = 0;
    in.purpose = QStringLiteral("Participant's own copy");
    REQUIRE_OK(DisclosureStore(c.f.database.db()).record(in));

    auto shoot = [](QWidget& w, const char* name) {
        w.show();
        settle();
        REQUIRE(w.grab().save(shotsDir() + QLatin1Char('/') + QLatin1String(name), "png"));
    };
    {
        ConsentsTab tab(c.f.context);
        tab.showParticipant(c.participant);
        tab.resize(1250, 760);
        tab.show();
        settle();
        tab.consentsTable()->setCurrentIndex(tab.consents()->index(1, 0));
        shoot(tab, "consents-tab.png");
    }
    {
        ConsentDialog dialog(c.f.context, c.participant);
        dialog.show();
        settle();
        click(dialog.saveButton());
        shoot(dialog, "consent-dialog.png");
    }
}
