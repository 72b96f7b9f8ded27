// SPDX-License-Identifier: GPL-3.0-or-later
// `stepwise-cli score`: the real binary scores answers with core's definitions, without a
// database or a sign-in, and refuses what it cannot score with the documented exit status.
#include "CliTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

using namespace stepwise::test;

namespace {

// Scored without STEPWISE_USER or STEPWISE_PASSWORD: score must never sign in.
CliRun score(const CliSandbox& sandbox, const QStringList& arguments)
{
    return sandbox.runWithoutCredentials(QStringList { QStringLiteral("score") } + arguments);
}

CliRun score(const CliSandbox& sandbox, const char* instrument, const QString& answers)
{
    return score(sandbox,
        QStringList { QString::fromUtf8(instrument), QStringLiteral("--answers"), answers });
}

// `count` answers adding up to `total`, filled from the first item at `max` points each, so
// the last items stay 0 (PHQ-9 item 9 and AUDIT items 9-10 raise nothing).
QString spread(int total, int count, int max)
{
    QStringList values;
    for (int i = 0; i < count; ++i) {
        const int value = std::min(total, max);
        values << QString::number(value);
        total -= value;
    }
    REQUIRE(total == 0);
    return values.join(QLatin1Char(','));
}

// Requires success and returns the one JSON line.
QString scored(const CliRun& run)
{
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    return run.outText();
}

QString line(const char* json)
{
    return QString::fromUtf8(json) + QLatin1Char('\n');
}

} // namespace

TEST_CASE("score phq9 with every answer 0 prints total 0, band minimal and no flags", "[score]")
{
    CliSandbox sandbox;
    CHECK(scored(score(sandbox, "phq9", QStringLiteral("0,0,0,0,0,0,0,0,0")))
        == line(R"({"band":"minimal","flags":[],"instrument":"phq9","total":0})"));
    // Spaces around the commas and the instrument's name instead of its id are accepted.
    CHECK(scored(score(sandbox, "PHQ-9", QStringLiteral("0 , 0,0 ,0, 0,0,0,0,0")))
        == line(R"({"band":"minimal","flags":[],"instrument":"phq9","total":0})"));
}

TEST_CASE("score phq9 flags self-harm when item 9 is above 0 whatever the total", "[score]")
{
    CliSandbox sandbox;
    CHECK(scored(score(sandbox, "phq9", QStringLiteral("0,0,0,0,0,0,0,0,1")))
        == line(R"({"band":"minimal","flags":["self_harm"],"instrument":"phq9","total":1})"));
}

TEST_CASE("score phq9 bands change exactly at 5 and at 20", "[score]")
{
    CliSandbox sandbox;
    CHECK(scored(score(sandbox, "phq9", spread(4, 9, 3)))
        == line(R"({"band":"minimal","flags":[],"instrument":"phq9","total":4})"));
    CHECK(scored(score(sandbox, "phq9", spread(5, 9, 3)))
        == line(R"({"band":"mild","flags":[],"instrument":"phq9","total":5})"));
    CHECK(scored(score(sandbox, "phq9", spread(19, 9, 3)))
        == line(R"({"band":"moderately severe","flags":[],"instrument":"phq9","total":19})"));
    CHECK(scored(score(sandbox, "phq9", spread(20, 9, 3)))
        == line(R"({"band":"severe","flags":[],"instrument":"phq9","total":20})"));
}

TEST_CASE("score gad7 moves from mild to moderate with further evaluation at 10", "[score]")
{
    CliSandbox sandbox;
    CHECK(scored(score(sandbox, "gad7", spread(9, 7, 3)))
        == line(R"({"band":"mild","flags":[],"instrument":"gad7","total":9})"));
    CHECK(scored(score(sandbox, "gad7", spread(10, 7, 3)))
        == line(
            R"({"band":"moderate","flags":["further_evaluation"],"instrument":"gad7","total":10})"));
}

TEST_CASE("score audit zones change exactly at 8 and at 20", "[score]")
{
    CliSandbox sandbox;
    // Items 1-8 filled from the front; items 9 and 10 stay 0.
    CHECK(scored(score(sandbox, "audit", spread(7, 10, 4)))
        == line(R"({"band":"zone I","flags":[],"instrument":"audit","total":7})"));
    CHECK(scored(score(sandbox, "audit", spread(8, 10, 4)))
        == line(R"({"band":"zone II","flags":[],"instrument":"audit","total":8})"));
    // 4,4,4,4,3: items 4 and 5 score 2 or more, which suggests the next level of intervention.
    CHECK(scored(score(sandbox, "audit", spread(19, 10, 4)))
        == line(R"({"band":"zone III","flags":["higher_intervention"],"instrument":"audit",)"
                R"("total":19})"));
    CHECK(scored(score(sandbox, "audit", spread(20, 10, 4)))
        == line(R"({"band":"zone IV","flags":["higher_intervention"],"instrument":"audit",)"
                R"("total":20})"));
}

TEST_CASE("score dast10 takes yes and no as given and reverse-scores item 3", "[score]")
{
    CliSandbox sandbox;
    // Every "no": item 3's "no" scores the one point.
    CHECK(scored(score(sandbox, "dast10", QStringLiteral("0,0,0,0,0,0,0,0,0,0")))
        == line(R"({"band":"low","flags":[],"instrument":"dast10","total":1})"));
    // Every "yes": item 3's "yes" scores nothing.
    CHECK(scored(score(sandbox, "dast10", QStringLiteral("1,1,1,1,1,1,1,1,1,1")))
        == line(R"({"band":"severe","flags":[],"instrument":"dast10","total":9})"));
    CHECK(scored(score(sandbox, "dast10", QStringLiteral("0,1,1,1,1,1,1,1,1,1")))
        == line(R"({"band":"substantial","flags":[],"instrument":"dast10","total":8})"));
    CHECK(scored(score(sandbox, "dast10", QStringLiteral("1,1,0,1,1,1,1,1,1,1")))
        == line(R"({"band":"severe","flags":[],"instrument":"dast10","total":10})"));
}

TEST_CASE("score auditc applies the cut-off of the sex given", "[score]")
{
    CliSandbox sandbox;
    const QStringList threePoints = args({ "auditc", "--answers", "1,1,1", "--sex" });
    CHECK(scored(score(sandbox, threePoints + args({ "male" })))
        == line(R"({"band":"negative","cutoff":4,"flags":[],"instrument":"auditc","total":3})"));
    CHECK(scored(score(sandbox, threePoints + args({ "female" })))
        == line(R"({"band":"positive","cutoff":3,"flags":["positive_screen"],)"
                R"("instrument":"auditc","total":3})"));
    CHECK(scored(score(sandbox, args({ "auditc", "--answers", "4,0,0", "--sex", "Male" })))
        == line(R"({"band":"positive","cutoff":4,"flags":["positive_screen","item1_only"],)"
                R"("instrument":"auditc","total":4})"));
}

TEST_CASE("score auditc without a valid --sex is a usage error", "[score]")
{
    CliSandbox sandbox;
    const CliRun missing = score(sandbox, "auditc", QStringLiteral("1,1,1"));
    CHECK(missing.exitCode == 2);
    CHECK(missing.out.isEmpty());
    CHECK(missing.errLines()
        == QStringList { QStringLiteral("stepwise-cli: auditc needs --sex female or --sex male: "
                                        "the cut-off is 3 for female and 4 for male") });

    const CliRun other = score(sandbox, args({ "auditc", "--answers", "1,1,1", "--sex", "x" }));
    CHECK(other.exitCode == 2);
    CHECK(other.errLines()
        == QStringList { QStringLiteral("stepwise-cli: --sex expects female or male, not 'x'") });

    const CliRun notAuditC
        = score(sandbox, args({ "phq9", "--answers", "0,0,0,0,0,0,0,0,0", "--sex", "male" }));
    CHECK(notAuditC.exitCode == 2);
    CHECK(notAuditC.out.isEmpty());
    CHECK(notAuditC.errLines()
        == QStringList { QStringLiteral(
            "stepwise-cli: --sex applies to auditc only; phq9 does not depend on it") });
}

TEST_CASE("score bam prints its subscales, concern items and no total", "[score]")
{
    CliSandbox sandbox;
    // Items 1, 2, 3, 4, 5, 6, 7a-7g, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17 as the person answered;
    // recoded: use 1+1+0 = 2, risk 2+2+0+1+4+2 = 11, protective 3+3+0+4+4+4 = 18.
    const QString answers = QStringLiteral("2,5,0,3,1,0, 0,0,0,0,0,0,0, 1,3,12,20,0,30,1,2,16,3");
    CHECK(scored(score(sandbox, "bam", answers))
        == line(R"({"band":null,"concern_items":["4","5","11","12"],)"
                R"("convention":"bam-recoded-0-4","flags":["use_reported"],"instrument":"bam",)"
                R"("subscales":{"protective":18,"risk":11,"use":2},"total":null})"));
}

TEST_CASE("score refuses the wrong number of answers naming the expected count", "[score]")
{
    CliSandbox sandbox;
    const CliRun phq9 = score(sandbox, "phq9", QStringLiteral("0,0,0,0,0,0,0,0"));
    CHECK(phq9.exitCode == 1);
    CHECK(phq9.out.isEmpty());
    CHECK(phq9.errLines()
        == QStringList { QStringLiteral("stepwise-cli: PHQ-9 has 9 items; 8 answers were given."),
            QStringLiteral("stepwise-cli: the answers of phq9 go in the order of its items: "
                           "1,2,3,4,5,6,7,8,9") });

    const CliRun bam = score(sandbox, "bam", spread(0, 17, 0));
    CHECK(bam.exitCode == 1);
    CHECK(bam.errLines()
        == QStringList { QStringLiteral("stepwise-cli: BAM has 23 items; 17 answers were given."),
            QStringLiteral("stepwise-cli: the answers of bam go in the order of its items: "
                           "1,2,3,4,5,6,7a,7b,7c,7d,7e,7f,7g,8,9,10,11,12,13,14,15,16,17") });
}

TEST_CASE("score refuses a value an item does not take, naming the item", "[score]")
{
    CliSandbox sandbox;
    const CliRun phq9 = score(sandbox, "phq9", QStringLiteral("0,4,0,0,0,0,0,0,0"));
    CHECK(phq9.exitCode == 1);
    CHECK(phq9.out.isEmpty());
    CHECK(phq9.errLines()
        == QStringList { QStringLiteral("stepwise-cli: Item 2 takes 0 to 3, not 4.") });

    const CliRun audit = score(sandbox, "audit", QStringLiteral("0,0,0,0,0,0,0,0,3,0"));
    CHECK(audit.exitCode == 1);
    CHECK(audit.errLines()
        == QStringList { QStringLiteral("stepwise-cli: Item 9 takes 0, 2 or 4, not 3.") });

    // Several problems: core's summary, then one line per item.
    const CliRun several = score(sandbox, "gad7", QStringLiteral("-1,0,0,0,0,0,9"));
    CHECK(several.exitCode == 1);
    CHECK(several.errLines()
        == QStringList {
            QStringLiteral("stepwise-cli: GAD-7 cannot be scored: 2 items need attention."),
            QStringLiteral("stepwise-cli: Item 1 takes 0 to 3, not -1."),
            QStringLiteral("stepwise-cli: Item 7 takes 0 to 3, not 9.") });

    // Answers that contradict each other: more heavy-drinking days than drinking days.
    const CliRun bam
        = score(sandbox, "bam", QStringLiteral("0,0,0,2,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"));
    CHECK(bam.exitCode == 1);
    CHECK(bam.errLines()
        == QStringList { QStringLiteral("stepwise-cli: Item 5 (heavy drinking days) cannot exceed "
                                        "item 4 (days with any alcohol, 2).") });
}

TEST_CASE("score refuses an answer that is not a whole number, naming its position", "[score]")
{
    CliSandbox sandbox;
    const CliRun letter = score(sandbox, "phq9", QStringLiteral("0,0,0,x,0,0,0,0,0"));
    CHECK(letter.exitCode == 2);
    CHECK(letter.out.isEmpty());
    CHECK(letter.errLines()
        == QStringList { QStringLiteral("stepwise-cli: answer 4 is 'x', not a whole number") });

    const CliRun empty = score(sandbox, "phq9", QStringLiteral("0,0,,0,0,0,0,0,0"));
    CHECK(empty.exitCode == 2);
    CHECK(empty.errLines()
        == QStringList { QStringLiteral("stepwise-cli: answer 3 is '', not a whole number") });

    const CliRun decimal = score(sandbox, "gad7", QStringLiteral("0,0,0,0,0,0,1.5"));
    CHECK(decimal.exitCode == 2);
    CHECK(decimal.errLines()
        == QStringList { QStringLiteral("stepwise-cli: answer 7 is '1.5', not a whole number") });

    const CliRun none = score(sandbox, args({ "gad7" }));
    CHECK(none.exitCode == 2);
    CHECK(none.errLines()
        == QStringList { QStringLiteral(
            "stepwise-cli: score gad7 needs --answers with its 7 answers, comma-separated") });
}

TEST_CASE(
    "score refuses clinician ratings and unknown instruments listing what it scores", "[score]")
{
    CliSandbox sandbox;
    const QString choices = QStringLiteral("phq9, gad7, audit, auditc, dast10, bam");
    const CliRun asam = score(sandbox, "asam", QStringLiteral("0,0,0,0,0,0"));
    CHECK(asam.exitCode == 2);
    CHECK(asam.out.isEmpty());
    CHECK(asam.errLines()
        == QStringList { QStringLiteral("stepwise-cli: asam is a clinician rating with narratives "
                                        "and is scored in the app; score takes one of: ")
            + choices });

    const CliRun progress = score(sandbox, "progress", QStringLiteral("2,2"));
    CHECK(progress.exitCode == 2);
    CHECK(progress.errLines()
        == QStringList { QStringLiteral("stepwise-cli: progress is a clinician rating with "
                                        "narratives and is scored in the app; score takes one "
                                        "of: ")
            + choices });

    const CliRun unknown = score(sandbox, "phq8", QStringLiteral("0,0,0,0,0,0,0,0"));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.errLines()
        == QStringList { QStringLiteral("stepwise-cli: unknown instrument 'phq8'; score takes one "
                                        "of: ")
            + choices });

    const CliRun missing = score(sandbox, QStringList {});
    CHECK(missing.exitCode == 2);
    CHECK(missing.errLines()
        == QStringList { QStringLiteral("stepwise-cli: 'score' needs INSTRUMENT") });
}

TEST_CASE("score creates no database file, not even where STEPWISE_DB points", "[score]")
{
    CliSandbox sandbox;
    // A home of its own, so a settings or data folder the run made would show up here.
    const QString home = sandbox.path(QStringLiteral("home"));
    REQUIRE(QDir().mkpath(home));
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));

    const QStringList phq9 = args({ "score", "phq9", "--answers", "1,1,1,1,1,0,0,0,0" });
    const QString expected = line(R"({"band":"mild","flags":[],"instrument":"phq9","total":5})");
    CHECK(scored(sandbox.runWithoutCredentials(phq9)) == expected);
    CHECK(scored(sandbox.run(phq9, env)) == expected);
    QProcessEnvironment withDb = env;
    withDb.insert(QStringLiteral("STEPWISE_DB"), sandbox.path(QStringLiteral("clinic.db")));
    CHECK(scored(sandbox.run(phq9, withDb)) == expected);
    CHECK(
        scored(sandbox.run(
            QStringList { QStringLiteral("--db"), sandbox.path(QStringLiteral("other.db")) } + phq9,
            env))
        == expected);

    CHECK(sandbox.files() == QStringList { QStringLiteral("home") });
    QDirIterator made(
        home, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    CHECK_FALSE(made.hasNext());
}

TEST_CASE("score --help describes the instruments, answer order, output and exit status", "[score]")
{
    CliSandbox sandbox;
    const CliRun help = sandbox.runWithoutCredentials(args({ "score", "--help" }));
    CHECK(help.exitCode == 0);
    CHECK(help.err.isEmpty());
    const QString text = help.outText();
    for (const char* expected : { "--answers", "--sex", "INSTRUMENT", "phq9", "gad7", "audit",
             "auditc", "dast10", "1,2,3,4,5,6,7a,7b,7c,7d,7e,7f,7g,8,9,10,11,12,13,14,15,16,17",
             "reverse-scores", "asam", "progress", "STEPWISE_DB", "Exit status", "zone IV 20-40",
             "moderately severe 15-19" })
        CHECK(text.contains(QString::fromUtf8(expected)));

    const CliRun overview = sandbox.runWithoutCredentials(args({ "--help" }));
    CHECK(overview.exitCode == 0);
    CHECK(overview.outText().contains(QStringLiteral("\n  score ")));
}
