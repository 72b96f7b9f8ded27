// SPDX-License-Identifier: GPL-3.0-or-later
// The message box facade, --screenshot rendering, and the stepwise executable's refusals.
#include "Screenshot.h"
#include "UiTestSupport.h"
#include "auth/Authenticator.h"
#include "common/MessageBox.h"
#include "demo/DemoGenerator.h"
#include "storage/AccountStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>

using namespace stepwise;
using namespace stepwise::test;

TEST_CASE("A pre-answered message box returns the answer without blocking", "[ui][messagebox]")
{
    const int before = MessageBox::count();
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK(
        MessageBox::question(nullptr, QStringLiteral("Title"), QStringLiteral("Discard <b>it</b>?"))
        == QMessageBox::No);
    CHECK(MessageBox::lastText() == QStringLiteral("Discard <b>it</b>?"));
    CHECK(MessageBox::count() == before + 1);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK(MessageBox::critical(nullptr, QStringLiteral("Title"), QStringLiteral("Broken"))
        == QMessageBox::Ok);
    CHECK(MessageBox::lastText() == QStringLiteral("Broken"));
}

TEST_CASE("Screenshots render the caseload and a participant to PNG", "[ui][screenshot]")
{
    UiFixture f;
    const Id id = f.addAdmitted(sampleParticipant(QStringLiteral("R-55")));
    const QString caseload = f.database.dir() + QStringLiteral("/caseload.png");
    const QString participant = f.database.dir() + QStringLiteral("/participant.png");

    REQUIRE_OK(Screenshot::render(f.context, QStringLiteral("caseload"), caseload));
    QImage image(caseload);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == Screenshot::DefaultSize);

    SECTION("by id")
    {
        REQUIRE_OK(
            Screenshot::render(f.context, QStringLiteral("participant:%1").arg(id), participant));
    }
    SECTION("by record number")
    {
        REQUIRE_OK(Screenshot::render(f.context, QStringLiteral("participant:R-55"), participant));
    }
    QImage second(participant);
    REQUIRE_FALSE(second.isNull());
    CHECK(second.size() == Screenshot::DefaultSize);
    CHECK(second != image);
}

TEST_CASE("Screenshots refuse unknown views and participants", "[ui][screenshot]")
{
    UiFixture f;
    const QString out = f.database.dir() + QStringLiteral("/x.png");
    for (const QString& view : { QStringLiteral("calendar"), QStringLiteral("participant:999"),
             QStringLiteral("participant:") }) {
        INFO(view.toStdString());
        const Status status = Screenshot::render(f.context, view, out);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().code == ErrorCode::InvalidArgument);
        CHECK_FALSE(QFile::exists(out));
    }
}

#ifdef STEPWISE_GUI_EXECUTABLE
namespace {

struct Run
{
    int exitCode = -1;
    QString stderrText;
};

struct Credentials
{
    QString user, password;
};

// The lead's account on a UiFixture database, for --screenshot to sign in with.
Credentials giveLeadAnAccount(UiFixture& f)
{
    const Credentials riley { QStringLiteral("riley"), QStringLiteral("lantern-Quarry-51-otter") };
    REQUIRE_OK(AccountStore(f.database.db())
                   .setCredentials(f.database.leadId(), riley.user, riley.password));
    return riley;
}

const Credentials demoCounselor { QLatin1String(DemoGenerator::CounselorUser),
    QLatin1String(DemoGenerator::Password) };

Run runStepwise(
    const QStringList& arguments, const QString& home, const Credentials& credentials = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    // Only what the test gives: never the credentials of whoever runs the tests.
    env.remove(QStringLiteral("STEPWISE_USER"));
    env.remove(QStringLiteral("STEPWISE_PASSWORD"));
    if (!credentials.user.isEmpty())
        env.insert(QStringLiteral("STEPWISE_USER"), credentials.user);
    if (!credentials.password.isEmpty())
        env.insert(QStringLiteral("STEPWISE_PASSWORD"), credentials.password);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STEPWISE_GUI_EXECUTABLE), arguments);
    // A bound against a hung child, not a speed requirement: --demo builds a whole clinic, which
    // under the sanitizers on a loaded machine took a minute.
    REQUIRE(process.waitForFinished(300'000));
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

TEST_CASE("stepwise --screenshot writes a PNG for a good database", "[ui][app]")
{
    UiFixture f;
    const Id id = f.addAdmitted(sampleParticipant(QStringLiteral("R-77")));
    const Credentials riley = giveLeadAnAccount(f);
    f.database.close(); // another process opens it next
    const QString out = f.database.dir() + QStringLiteral("/shot.png");
    const Run run
        = runStepwise({ QStringLiteral("--db"), f.database.path(), QStringLiteral("--screenshot"),
                          out, QStringLiteral("--view"), QStringLiteral("participant:%1").arg(id) },
            f.database.dir(), riley);
    INFO(run.stderrText.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(QImage(out).size() == Screenshot::DefaultSize);
}

TEST_CASE("stepwise --screenshot without an account or with a wrong password says so and fails",
    "[ui][app]")
{
    UiFixture f;
    f.addAdmitted(sampleParticipant(QStringLiteral("R-78")));
    const Credentials riley = giveLeadAnAccount(f);
    f.database.close();
    const QString out = f.database.dir() + QStringLiteral("/shot.png");
    const QStringList arguments { QStringLiteral("--db"), f.database.path(),
        QStringLiteral("--screenshot"), out };

    SECTION("no credentials")
    {
        const Run run = runStepwise(arguments, f.database.dir());
        CHECK(run.exitCode == 1);
        CHECK(run.stderrText.contains(QStringLiteral("STEPWISE_USER")));
        CHECK(run.stderrText.contains(QStringLiteral("STEPWISE_PASSWORD")));
    }
    SECTION("only the user name")
    {
        const Run run = runStepwise(arguments, f.database.dir(), { riley.user, {} });
        CHECK(run.exitCode == 1);
        CHECK(run.stderrText.contains(QStringLiteral("STEPWISE_PASSWORD")));
    }
    SECTION("a wrong password: the sign-in refusal")
    {
        const Run run = runStepwise(
            arguments, f.database.dir(), { riley.user, QStringLiteral("not-the-password-1") });
        CHECK(run.exitCode == 1);
        CHECK(run.stderrText.contains(Authenticator::refusalMessage()));
    }
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE(
    "stepwise refuses a missing, foreign or garbage database and leaves it alone", "[ui][app]")
{
    UiFixture f;
    const Credentials riley = giveLeadAnAccount(f);
    f.database.close(); // another process opens it next
    const QString out = f.database.dir() + QStringLiteral("/shot.png");

    SECTION("missing file: says how to create one")
    {
        const QString missing = f.database.dir() + QStringLiteral("/missing.sqlite");
        const Run run
            = runStepwise({ QStringLiteral("--db"), missing, QStringLiteral("--screenshot"), out },
                f.database.dir());
        CHECK(run.exitCode != 0);
        CHECK(run.stderrText.contains(QStringLiteral("does not exist")));
        CHECK(run.stderrText.contains(QStringLiteral("stepwise-cli init")));
        CHECK_FALSE(QFile::exists(missing));
    }
    SECTION("garbage file: refused, bytes unchanged")
    {
        const QString garbage = f.database.dir() + QStringLiteral("/garbage.sqlite");
        QByteArray bytes(8192, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 131 + 7) % 256);
        writeFile(garbage, bytes);
        const Run run
            = runStepwise({ QStringLiteral("--db"), garbage, QStringLiteral("--screenshot"), out },
                f.database.dir());
        CHECK(run.exitCode != 0);
        CHECK(run.stderrText.contains(QStringLiteral("cannot open")));
        CHECK(fileBytes(garbage) == bytes);
        CHECK_FALSE(QFile::exists(garbage + QStringLiteral("-wal")));
    }
    SECTION("unknown view: non-zero with the reason")
    {
        const Run run = runStepwise(
            { QStringLiteral("--db"), f.database.path(), QStringLiteral("--screenshot"), out,
                QStringLiteral("--view"), QStringLiteral("participant:nobody") },
            f.database.dir(), riley);
        CHECK(run.exitCode != 0);
        CHECK(run.stderrText.contains(QStringLiteral("nobody")));
        CHECK_FALSE(QFile::exists(out));
    }
}

TEST_CASE("stepwise --demo creates the demo database once in the data folder", "[ui][app]")
{
    UiFixture f;
    const QString out = f.database.dir() + QStringLiteral("/demo.png");
    const Run run = runStepwise({ QStringLiteral("--demo"), QStringLiteral("--screenshot"), out },
        f.database.dir(), demoCounselor);
    INFO(run.stderrText.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QImage(out).size() == Screenshot::DefaultSize);
    const QString demo = f.database.dir() + QStringLiteral("/data/Stepwise/Stepwise/demo.sqlite");
    REQUIRE(QFile::exists(demo));
    auto db = Database::open(demo, Database::OpenMode::ExistingOnly);
    REQUIRE_OK(db);
    // The documented demo accounts exist; the supervisor sees the whole program.
    REQUIRE_OK(Authenticator(*db.value())
                   .signIn(QLatin1String(DemoGenerator::SupervisorUser),
                       QLatin1String(DemoGenerator::Password)));
    auto all = ParticipantStore(*db.value()).all();
    REQUIRE_OK(all);
    CHECK(all->size() == 120);
}
#endif
