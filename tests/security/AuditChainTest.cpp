// SPDX-License-Identifier: GPL-3.0-or-later
// One audit row per action in a scripted session, and the hash chain against hand edits made
// with another SQLite connection (as someone with the file and the sqlite3 tool would).
#include "SecurityTestSupport.h"
#include "auth/Authenticator.h"
#include "auth/EmergencyAccess.h"
#include "io/ParticipantCsv.h"
#include "storage/AccountStore.h"
#include "storage/AuditTrail.h"
#include "storage/ParticipantStore.h"
#include "storage/SettingsStore.h"
#include "storage/StaffStore.h"
#include "support/MockClock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace stepwise;

namespace {

const QString Workstation = QStringLiteral("FRONT-DESK-2");

// A second connection to the file, outside Stepwise, for the edits the chain must reveal.
class RawConnection
{
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("tamper-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    void exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        REQUIRE(q.prepare(sql));
        for (const QVariant& v : values)
            q.addBindValue(v);
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec());
    }
    QVariant value(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        REQUIRE(q.prepare(sql));
        for (const QVariant& v : values)
            q.addBindValue(v);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0);
    }

private:
    QString m_name;
};

// The same statements as the schema's, to put a trigger back after an edit.
const QString noUpdateTrigger
    = QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT "
                     "RAISE(ABORT, 'the audit log is append-only'); END");
const QString noDeleteTrigger
    = QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT "
                     "RAISE(ABORT, 'the audit log is append-only'); END");

// A database with a dozen or so audit rows of several kinds, among them one participant.update
// whose every column is filled.
struct Trail
{
    test::MockClock clock { sectest::startTime() };
    test::TestDatabase t;
    Id updateRow = 0;

    Trail()
    {
        t.db().setWorkstation(Workstation);
        ParticipantStore store(t.db());
        auto id = store.add(test::sampleParticipant(QStringLiteral("C-1")));
        REQUIRE_OK(id);
        for (int i = 0; i < 3; ++i) {
            clock.set(clock.now().addSecs(60));
            auto p = store.get(id.value());
            REQUIRE_OK(p);
            p->phone = QStringLiteral("(555) 010-10%1").arg(i);
            REQUIRE_OK(store.update(p.value()));
        }
        REQUIRE_OK(store.openChart(id.value()));
        REQUIRE_OK(AuditTrail::record(t.db(), QStringLiteral("test.note"), QStringLiteral("x"), 0,
            QStringLiteral("the last row")));
        AuditFilter updates;
        updates.action = QStringLiteral("participant.update");
        const auto rows = sectest::auditRows(t, updates);
        REQUIRE(rows.size() == 3);
        updateRow = rows.at(1).id;
    }

    AuditChainReport verify()
    {
        auto r = AuditTrail::verify(t.db());
        REQUIRE_OK(r);
        INFO(r->problems.join(QLatin1Char('\n')).toStdString());
        return r.value();
    }
};

QVariant oneByteChanged(const QVariant& v)
{
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return v.toLongLong() ^ 1;
    QString s = v.toString();
    REQUIRE_FALSE(s.isEmpty());
    const int i = int(s.size()) / 2;
    s[i] = QChar(s.at(i).unicode() ^ 1);
    return s;
}

} // namespace

TEST_CASE("A scripted session writes exactly one audit row per action", "[security][audit]")
{
    test::MockClock clock(sectest::startTime());
    test::TestDatabase t;
    t.db().setWorkstation(Workstation);
    const Id lead = t.leadId();
    const Id counselorA = t.counselorId();
    const Id counselorB = t.addStaff(QStringLiteral("Blake Counselor"), { StaffRole::Counselor });
    sectest::asLead(t, [&] {
        AccountStore accounts(t.db());
        REQUIRE_OK(
            accounts.setCredentials(lead, QStringLiteral("riley.lead"), sectest::StrongPassword));
        REQUIRE_OK(accounts.setCredentials(
            counselorA, QStringLiteral("dana"), sectest::OtherStrongPassword));
    });
    Participant a = test::sampleParticipant(QStringLiteral("A-1"));
    a.counselorId = counselorA;
    Participant b = test::sampleParticipant(QStringLiteral("B-1"));
    b.counselorId = counselorB;
    ParticipantStore store(t.db());
    auto pA = store.add(a);
    auto pB = store.add(b);
    REQUIRE_OK(pA);
    REQUIRE_OK(pB);
    t.db().setSession(std::nullopt); // the workstation shows the sign-in dialog

    Authenticator auth(t.db());
    Id last = sectest::lastAuditId(t);
    int minute = 0;
    // Runs one step a minute after the previous one and returns the rows it wrote.
    const auto step = [&](const char* what, const auto& action) {
        INFO(what);
        clock.set(sectest::startTime().addSecs(60 * ++minute));
        action();
        const auto rows = sectest::auditRowsAfter(t, last);
        if (!rows.isEmpty())
            last = rows.last().id;
        for (const AuditEntry& e : rows) {
            CHECK(e.workstation == Workstation);
            CHECK(e.staffId > 0);
            CHECK(e.at == clock.now());
        }
        return rows;
    };
    const auto only = [](const QList<AuditEntry>& rows, const char* action, Id staff) {
        INFO("expected one " << action);
        REQUIRE(sectest::actions(rows) == QStringList { QString::fromLatin1(action) });
        CHECK(rows.first().staffId == staff);
        return rows.first();
    };

    only(step("failed sign-in",
             [&] {
                 REQUIRE_FALSE(
                     auth.signIn(QStringLiteral("riley.lead"), QStringLiteral("nope-nope-nope"))
                         .ok());
             }),
        "auth.sign_in_failed", lead);
    only(step("sign-in",
             [&] {
                 REQUIRE_OK(auth.signIn(QStringLiteral("riley.lead"), sectest::StrongPassword));
             }),
        "auth.sign_in", lead);
    only(step("chart view", [&] { REQUIRE_OK(store.openChart(pA.value())); }), "chart.view", lead);

    const QString oldPhone = a.phone;
    const QString newPhone = QStringLiteral("(555) 010-2323");
    const AuditEntry edit = only(step("participant edit",
                                     [&] {
                                         auto p = store.get(pA.value());
                                         REQUIRE_OK(p);
                                         p->phone = newPhone;
                                         REQUIRE_OK(store.update(p.value()));
                                     }),
        "participant.update", lead);
    CHECK(edit.participantId == pA.value());
    const QJsonObject changes = QJsonDocument::fromJson(edit.changes.toUtf8()).object();
    CHECK(changes.keys() == QStringList { QStringLiteral("phone") });
    CHECK(changes.value(QStringLiteral("phone")).toObject()
        == QJsonObject {
            { QStringLiteral("before"), oldPhone }, { QStringLiteral("after"), newPhone } });

    only(step("export", [&] { REQUIRE_OK(ParticipantCsv::exportCsv(t.db(), {})); }),
        "participants.export", lead);

    const AuditEntry settings = only(step("settings change",
                                         [&] {
                                             SettingsStore s(t.db());
                                             auto loaded = s.load();
                                             REQUIRE_OK(loaded);
                                             loaded->security.idleLockMinutes = 5;
                                             REQUIRE_OK(s.save(loaded.value()));
                                         }),
        "settings.update", lead);
    CHECK(QJsonDocument::fromJson(settings.changes.toUtf8()).object()
        == QJsonObject { { QStringLiteral("security.idle_lock_minutes"),
            QJsonObject { { QStringLiteral("before"), QStringLiteral("10") },
                { QStringLiteral("after"), QStringLiteral("5") } } } });

    const AuditEntry roles = only(step("role change",
                                      [&] {
                                          auto m = StaffStore(t.db()).get(counselorB);
                                          REQUIRE_OK(m);
                                          m->roles.add(StaffRole::Supervisor);
                                          REQUIRE_OK(StaffStore(t.db()).update(m.value()));
                                      }),
        "staff.update", lead);
    CHECK(roles.entityId == counselorB);
    CHECK(QJsonDocument::fromJson(roles.changes.toUtf8()).object().value(QStringLiteral("roles"))
        == QJsonObject { { QStringLiteral("before"), QStringLiteral("counselor") },
            { QStringLiteral("after"), QStringLiteral("counselor,supervisor") } });

    only(step("sign-out", [&] { auth.signOut(); }), "auth.sign_out", lead);
    only(
        step("counselor sign-in",
            [&] { REQUIRE_OK(auth.signIn(QStringLiteral("dana"), sectest::OtherStrongPassword)); }),
        "auth.sign_in", counselorA);
    const AuditEntry grant = only(step("emergency access",
                                      [&] {
                                          REQUIRE_OK(EmergencyAccess::grant(t.db(), pB.value(),
                                              QStringLiteral("Crisis call, Blake is away")));
                                      }),
        "emergency_access.grant", counselorA);
    CHECK(grant.flagged);
    const AuditEntry view = only(
        step("chart view by emergency access", [&] { REQUIRE_OK(store.openChart(pB.value())); }),
        "chart.view", counselorA);
    CHECK(view.flagged);
    only(step("counselor sign-out", [&] { auth.signOut(QStringLiteral("idle")); }), "auth.sign_out",
        counselorA);

    const auto all = sectest::auditRows(t);
    auto report = sectest::asLead(t, [&] { return AuditTrail::verify(t.db()); });
    REQUIRE_OK(report);
    CHECK(report->intact());
    CHECK(report->firstBrokenId == 0);
    CHECK(report->rowsChecked == all.size());
    CHECK(report->lastId == all.last().id);
    CHECK(report->headHash == all.last().hash);
}

TEST_CASE("The triggers refuse UPDATE and DELETE on the audit log", "[security][audit]")
{
    Trail trail;
    const auto before = sectest::auditRows(trail.t);
    auto update = trail.t.db().exec(
        QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' WHERE id = ?"),
        { trail.updateRow });
    REQUIRE_FALSE(update.ok());
    CHECK(QString(update.error().message + update.error().detail)
              .contains(QStringLiteral("append-only")));
    auto remove = trail.t.db().exec(
        QStringLiteral("DELETE FROM audit_log WHERE id = ?"), { trail.updateRow });
    REQUIRE_FALSE(remove.ok());
    CHECK(QString(remove.error().message + remove.error().detail)
              .contains(QStringLiteral("append-only")));
    auto removeAll = trail.t.db().exec(QStringLiteral("DELETE FROM audit_log"));
    CHECK_FALSE(removeAll.ok());

    const auto after = sectest::auditRows(trail.t);
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < after.size(); ++i) {
        CHECK(after.at(i).detail == before.at(i).detail);
        CHECK(after.at(i).hash == before.at(i).hash);
    }
    CHECK(trail.verify().intact());
}

TEST_CASE("A one-byte edit of any column of one row is reported at that row", "[security][audit]")
{
    Trail trail;
    REQUIRE(trail.verify().intact());
    const char* columns[] = { "at", "staff_id", "workstation", "action", "entity", "entity_id",
        "participant_id", "detail", "changes", "flagged", "hash" };
    for (const char* column : columns) {
        INFO("column " << column);
        const QString col = QString::fromLatin1(column);
        QVariant old;
        {
            RawConnection raw(trail.t.path());
            old = raw.value(QStringLiteral("SELECT %1 FROM audit_log WHERE id = ?").arg(col),
                { trail.updateRow });
            raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
            raw.exec(QStringLiteral("UPDATE audit_log SET %1 = ? WHERE id = ?").arg(col),
                { oneByteChanged(old), trail.updateRow });
            raw.exec(noUpdateTrigger);
        }
        const AuditChainReport report = trail.verify();
        CHECK_FALSE(report.intact());
        CHECK(report.firstBrokenId == trail.updateRow);
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().contains(QString::number(trail.updateRow)));
        // Put back as it was, the chain holds again: the report is about content, not history.
        {
            RawConnection raw(trail.t.path());
            raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
            raw.exec(QStringLiteral("UPDATE audit_log SET %1 = ? WHERE id = ?").arg(col),
                { old, trail.updateRow });
            raw.exec(noUpdateTrigger);
        }
        REQUIRE(trail.verify().intact());
    }
}

TEST_CASE("Hand edits the chain reveals", "[security][audit]")
{
    Trail trail;
    const AuditChainReport clean = trail.verify();
    REQUIRE(clean.intact());
    REQUIRE(clean.rowsChecked >= 8);
    const Id last = clean.lastId;

    SECTION("an edited row with the triggers left dropped: the row and the triggers")
    {
        {
            RawConnection raw(trail.t.path());
            raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
            raw.exec(QStringLiteral("UPDATE audit_log SET detail = 'phonf' WHERE id = ?"),
                { trail.updateRow });
        }
        const AuditChainReport report = trail.verify();
        CHECK(report.firstBrokenId == trail.updateRow);
        CHECK(report.problems.size() == 2);
        CHECK(report.problems.join(QLatin1Char(' ')).contains(QStringLiteral("triggers")));
    }
    SECTION("a row edited and its hash recomputed: the next row breaks")
    {
        {
            RawConnection raw(trail.t.path());
            const QString previous
                = raw.value(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"),
                         { trail.updateRow - 1 })
                      .toString();
            raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
            raw.exec(QStringLiteral("UPDATE audit_log SET detail = 'nothing' WHERE id = ?"),
                { trail.updateRow });
            QVariantList columns;
            for (const char* c : { "id", "at", "staff_id", "workstation", "action", "entity",
                     "entity_id", "participant_id", "detail", "changes", "flagged" })
                columns.append(raw.value(
                    QStringLiteral("SELECT %1 FROM audit_log WHERE id = ?").arg(QLatin1String(c)),
                    { trail.updateRow }));
            raw.exec(QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = ?"),
                { AuditTrail::rowHash(previous, columns), trail.updateRow });
            raw.exec(noUpdateTrigger);
        }
        const AuditChainReport report = trail.verify();
        CHECK(report.firstBrokenId == trail.updateRow + 1);
        CHECK(report.problems.size() == 1);
    }
    SECTION("a row deleted from the middle: the row after the gap")
    {
        {
            RawConnection raw(trail.t.path());
            raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
            raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), { trail.updateRow });
            raw.exec(noDeleteTrigger);
        }
        const AuditChainReport report = trail.verify();
        CHECK(report.firstBrokenId == trail.updateRow + 1);
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().contains(QString::number(trail.updateRow - 1)));
        CHECK(report.problems.first().contains(QString::number(trail.updateRow + 1)));
        CHECK(report.rowsChecked == clean.rowsChecked - 1);
    }
    SECTION("the first row deleted: the second row")
    {
        {
            RawConnection raw(trail.t.path());
            raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
            raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1"));
            raw.exec(noDeleteTrigger);
        }
        CHECK(trail.verify().firstBrokenId == 2);
    }
    SECTION("the triggers dropped and nothing else")
    {
        {
            RawConnection raw(trail.t.path());
            raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        }
        AuditChainReport report = trail.verify();
        CHECK_FALSE(report.intact());
        CHECK(report.firstBrokenId == 0);
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems.first().contains(QStringLiteral("triggers")));
        {
            RawConnection raw(trail.t.path());
            raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        }
        CHECK_FALSE(trail.verify().intact());
        // A look-alike with the right name on another table does not pass for the real one.
        {
            RawConnection raw(trail.t.path());
            raw.exec(QStringLiteral("CREATE TABLE decoy (x)"));
            raw.exec(QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON decoy "
                                    "BEGIN SELECT 1; END"));
            raw.exec(noDeleteTrigger);
        }
        CHECK_FALSE(trail.verify().intact());
    }
    SECTION("a forged row appended without the right hash")
    {
        {
            RawConnection raw(trail.t.path());
            raw.exec(QStringLiteral(
                         "INSERT INTO audit_log (id, at, staff_id, workstation, action, entity, "
                         "entity_id, participant_id, detail, changes, flagged, hash) VALUES (?, "
                         "?, ?, ?, 'auth.sign_in', 'staff', ?, NULL, '', '', 0, ?)"),
                { last + 1, sectest::startTime().toString(Qt::ISODateWithMs), trail.t.leadId(),
                    Workstation, trail.t.leadId(), QString(64, QLatin1Char('0')) });
        }
        const AuditChainReport report = trail.verify();
        CHECK(report.firstBrokenId == last + 1);
        CHECK(report.problems.size() == 1);
    }
    SECTION("the newest row deleted: only the noted head hash shows it")
    {
        // The documented limit of an unkeyed chain (docs/security.md): cutting the end leaves
        // a valid chain, and the head hash noted earlier is what tells.
        {
            RawConnection raw(trail.t.path());
            raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
            raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), { last });
            raw.exec(noDeleteTrigger);
        }
        const AuditChainReport report = trail.verify();
        CHECK(report.lastId == last - 1);
        CHECK(report.headHash != clean.headHash);
    }
}

// Triggers replaced by same-named look-alikes that do nothing leave the log editable: verify()
// compares the triggers' SQL, not only their names.
TEST_CASE("Triggers neutralised under their own names are reported", "[security][audit]")
{
    Trail trail;
    REQUIRE(trail.verify().intact());
    {
        RawConnection raw(trail.t.path());
        raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        raw.exec(QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                "BEGIN SELECT 1; END"));
        raw.exec(QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                                "BEGIN SELECT 1; END"));
    }
    // The log now takes an UPDATE through Stepwise's own connection...
    auto update
        = trail.t.db().exec(QStringLiteral("UPDATE audit_log SET flagged = flagged WHERE id = 1"));
    CHECK(update.ok());
    // ...and verify() should say that it is no longer append-only.
    CHECK_FALSE(trail.verify().intact());
}
