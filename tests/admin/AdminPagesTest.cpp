// SPDX-License-Identifier: GPL-3.0-or-later
// The audit viewer, staff administration and security settings, as each role meets them.
#include "admin/AccountDialog.h"
#include "admin/AuditModel.h"
#include "admin/AuditPage.h"
#include "admin/SecuritySettingsDialog.h"
#include "admin/StaffDialog.h"
#include "admin/StaffModel.h"
#include "admin/StaffPage.h"
#include "common/MessageBar.h"
#include "storage/AccountStore.h"
#include "storage/SettingsStore.h"
#include "storage/StaffStore.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace stepwise;
using namespace stepwise::test;

namespace {

QStringList column(const QAbstractItemModel* model, int column)
{
    QStringList values;
    for (int r = 0; r < model->rowCount(); ++r)
        values << model->index(r, column).data().toString();
    return values;
}

} // namespace

TEST_CASE("The audit viewer filters by action and participant and verifies the chain",
    "[ui][admin][audit]")
{
    UiFixture f;
    const Id first = f.addAdmitted(sampleParticipant(QStringLiteral("R-1")));
    f.addAdmitted(sampleParticipant(QStringLiteral("R-2")));

    AuditPage page(f.context);
    QAbstractItemModelTester tester(page.model());
    CHECK(column(page.model(), AuditModel::Action).contains(QStringLiteral("participant.create")));

    child<QComboBox>(&page, QStringLiteral("audit_action"))
        ->setCurrentText(QStringLiteral("participant."));
    child<QLineEdit>(&page, QStringLiteral("audit_participant"))->setText(QStringLiteral("r-1"));
    page.reload();
    CHECK(column(page.model(), AuditModel::Action)
        == QStringList { QStringLiteral("participant.create") });
    CHECK(column(page.model(), AuditModel::Participant)
        == QStringList { QStringLiteral("#%1").arg(first) });

    child<QLineEdit>(&page, QStringLiteral("audit_participant"))->setText(QStringLiteral("R-404"));
    page.reload();
    CHECK(page.messageBar()->text().contains(QStringLiteral("R-404")));

    page.verifyChain();
    CHECK(page.messageBar()->type() == MessageBar::Type::Positive);
    CHECK(page.messageBar()->text().contains(QStringLiteral("intact")));
}

TEST_CASE(
    "The audit export writes what is shown, privately, and is itself audited", "[ui][admin][audit]")
{
    UiFixture f;
    f.addAdmitted(sampleParticipant(QStringLiteral("R-1")));
    AuditPage page(f.context);
    child<QComboBox>(&page, QStringLiteral("audit_action"))
        ->setCurrentText(QStringLiteral("episode."));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.csv"));
    REQUIRE(page.exportTo(path));
    const QByteArray csv = fileBytes(path);
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    REQUIRE(lines.size() == 2); // header + the admission
    CHECK(lines.at(0).startsWith("id,at_utc,staff_id,staff_name"));
    CHECK(lines.at(1).contains("episode.admit"));
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    CHECK((QFile::permissions(path) & others) == 0);
    AuditFilter exported;
    exported.action = QStringLiteral("audit.export");
    CHECK(AuditTrail::entries(f.database.db(), exported)->size() == 1);
}

TEST_CASE("A counselor cannot read the audit log, and an administrator sees no clinical values",
    "[ui][admin][audit]")
{
    UiFixture f;
    const Id id = f.addAdmitted(sampleParticipant(QStringLiteral("R-1")));
    Participant p = ParticipantStore(f.database.db()).get(id).value();
    p.phone = QStringLiteral("(555) 010-0142");
    REQUIRE_OK(ParticipantStore(f.database.db()).update(p));

    f.database.actAs(f.database.counselorId(), { StaffRole::Counselor });
    {
        AuditPage page(f.context);
        CHECK(page.model()->rowCount() == 0);
        CHECK(page.messageBar()->text().contains(QStringLiteral("role")));
    }

    const Id admin = f.database.addStaff(QStringLiteral("Ada Admin"), { StaffRole::Administrator });
    f.database.actAs(admin, { StaffRole::Administrator });
    AuditPage page(f.context);
    REQUIRE(page.model()->rowCount() > 0);
    const QStringList details = column(page.model(), AuditModel::Detail);
    CHECK(details.join(QLatin1Char('\n')).contains(QStringLiteral("phone")));
    CHECK_FALSE(details.join(QLatin1Char(10)).contains(QStringLiteral("0142")));
}

TEST_CASE(
    "Staff administration adds, changes roles, gives accounts and unlocks", "[ui][admin][staff]")
{
    UiFixture f;
    StaffPage page(f.context);
    QAbstractItemModelTester tester(page.model());

    StaffDialog add(f.context, StaffMember {}, &page);
    child<QLineEdit>(&add, QStringLiteral("name"))->setText(QStringLiteral("<b>Sam</b> Okafor"));
    child<QCheckBox>(&add, QStringLiteral("role_counselor"))->setChecked(true);
    child<QCheckBox>(&add, QStringLiteral("role_supervisor"))->setChecked(true);
    REQUIRE(add.save());
    page.reload();
    REQUIRE(page.selectStaff(QStringLiteral("<b>Sam</b> Okafor")));
    CHECK(page.selected()->member.roles == RoleSet { StaffRole::Counselor, StaffRole::Supervisor });

    AccountDialog weak(f.context, page.selected()->member, &page);
    child<QLineEdit>(&weak, QStringLiteral("username"))->setText(QStringLiteral("sokafor"));
    child<QLineEdit>(&weak, QStringLiteral("password"))->setText(QStringLiteral("sokafor12345"));
    child<QLineEdit>(&weak, QStringLiteral("repeat"))->setText(QStringLiteral("sokafor12345"));
    CHECK_FALSE(weak.strengthText().isEmpty());
    CHECK_FALSE(weak.save());
    CHECK(weak.messageBar()->text().contains(QStringLiteral("name")));

    AccountDialog strong(f.context, page.selected()->member, &page);
    child<QLineEdit>(&strong, QStringLiteral("username"))->setText(QStringLiteral("sokafor"));
    const QString password = QStringLiteral("tidal-orchard-pencil-9-vapor");
    child<QLineEdit>(&strong, QStringLiteral("password"))->setText(password);
    child<QLineEdit>(&strong, QStringLiteral("repeat"))->setText(password);
    REQUIRE(strong.save());
    page.reload();
    REQUIRE(page.selectStaff(QStringLiteral("<b>Sam</b> Okafor")));
    CHECK(page.model()
              ->index(
                  page.model()->rowOfName(QStringLiteral("<b>Sam</b> Okafor")), StaffModel::SignIn)
              .data()
              .toString()
        == QStringLiteral("Can sign in"));
}

TEST_CASE("Security settings are saved by an administrator and refused to others",
    "[ui][admin][settings]")
{
    UiFixture f;
    SecuritySettingsDialog dialog(f.context);
    child<QSpinBox>(&dialog, QStringLiteral("idle_lock_minutes"))->setValue(3);
    child<QSpinBox>(&dialog, QStringLiteral("lockout_attempts"))->setValue(4);
    REQUIRE(dialog.save());
    auto saved = SettingsStore(f.database.db()).load();
    REQUIRE_OK(saved);
    CHECK(saved->security.idleLockMinutes == 3);
    CHECK(saved->security.lockoutAttempts == 4);

    f.database.actAs(f.database.counselorId(), { StaffRole::Counselor });
    SecuritySettingsDialog counselor(f.context);
    child<QSpinBox>(&counselor, QStringLiteral("idle_lock_minutes"))->setValue(30);
    CHECK_FALSE(counselor.save());
    CHECK(counselor.messageBar()->text().contains(QStringLiteral("role")));
    f.database.actAs(f.database.leadId(),
        { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator });
    CHECK(SettingsStore(f.database.db()).load()->security.idleLockMinutes == 3);
}
