// SPDX-License-Identifier: GPL-3.0-or-later
// Resolving a session's local clock times to instants (issue 5): a session lasts what the clock
// on the wall says, corrected by the hour the clocks skip or repeat that night. Offsets used:
// New York EST -5 / EDT -4 (2026: forward 8 March 02:00, back 1 November 02:00), London GMT 0 /
// BST +1 (2026: forward 29 March 01:00, back 25 October 02:00).
#include "AttendanceTestSupport.h"

using namespace stepwise;
using namespace stepwise::attendancetest;

namespace {

Error refused(const QDate& date, const QTime& start, const QTime& end, const QTimeZone& z)
{
    const Result<SessionTimes> r = SessionTime::resolve(date, start, end, z);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Validation);
    return r.error();
}

} // namespace

TEST_CASE("An evening session resolves to the instants of its clock times", "[attendance][time]")
{
    const SessionTimes s = session(QDate(2026, 1, 12), "18:00", "21:00");
    CHECK(s.localDate == QDate(2026, 1, 12));
    CHECK(s.localStart == at("18:00"));
    CHECK(s.localEnd == at("21:00"));
    CHECK(s.timeZone == QByteArray("America/New_York"));
    CHECK(s.startUtc == utc(QDate(2026, 1, 12), "23:00"));
    CHECK(s.endUtc == utc(QDate(2026, 1, 13), "02:00"));
    CHECK(s.minutes() == 180);
    CHECK_FALSE(s.crossesMidnight());
}

TEST_CASE("A session ending after midnight ends the next day and keeps its start date",
    "[attendance][time]")
{
    const SessionTimes s = session(QDate(2026, 1, 12), "22:00", "01:00");
    CHECK(s.crossesMidnight());
    CHECK(s.localDate == QDate(2026, 1, 12));
    CHECK(s.minutes() == 180);
    CHECK(s.startUtc == utc(QDate(2026, 1, 13), "03:00"));
    CHECK(s.endUtc == utc(QDate(2026, 1, 13), "06:00"));
}

TEST_CASE("Resolving refuses a missing date or clock time, naming the field", "[attendance][time]")
{
    CHECK(refused(QDate(), at("18:00"), at("21:00"), newYork())
              .hasField(QLatin1String(SessionTime::Date)));
    CHECK(refused(QDate(2026, 2, 30), at("18:00"), at("21:00"), newYork())
              .hasField(QLatin1String(SessionTime::Date)));
    CHECK(refused(QDate(2026, 1, 12), QTime(), at("21:00"), newYork())
              .hasField(QLatin1String(SessionTime::Start)));
    CHECK(refused(QDate(2026, 1, 12), QTime(25, 0), at("21:00"), newYork())
              .hasField(QLatin1String(SessionTime::Start)));
    CHECK(refused(QDate(2026, 1, 12), at("18:00"), QTime(), newYork())
              .hasField(QLatin1String(SessionTime::End)));
    CHECK(refused(QDate(2026, 1, 12), at("18:00"), QTime(24, 30), newYork())
              .hasField(QLatin1String(SessionTime::End)));
}

TEST_CASE("A start skipped when New York clocks go forward is refused", "[attendance][time][dst]")
{
    const Error e = refused(QDate(2026, 3, 8), at("02:30"), at("04:00"), newYork());
    CHECK(e.hasField(QLatin1String(SessionTime::Start)));
    CHECK_FALSE(e.hasField(QLatin1String(SessionTime::End)));
    // The hour either side exists.
    CHECK(SessionTime::resolve(QDate(2026, 3, 8), at("01:30"), at("04:00"), newYork()).ok());
    CHECK(SessionTime::resolve(QDate(2026, 3, 8), at("03:00"), at("04:00"), newYork()).ok());
    // The same clock time a week earlier is an ordinary time.
    CHECK(SessionTime::resolve(QDate(2026, 3, 1), at("02:30"), at("04:00"), newYork()).ok());
}

TEST_CASE("An end skipped when New York clocks go forward is refused", "[attendance][time][dst]")
{
    const Error e = refused(QDate(2026, 3, 8), at("01:00"), at("02:30"), newYork());
    CHECK(e.hasField(QLatin1String(SessionTime::End)));
    CHECK_FALSE(e.hasField(QLatin1String(SessionTime::Start)));
    // Ending the evening before in the gap: the end is on 8 March.
    CHECK(refused(QDate(2026, 3, 7), at("23:00"), at("02:15"), newYork())
              .hasField(QLatin1String(SessionTime::End)));
}

TEST_CASE("A start skipped when London clocks go forward is refused", "[attendance][time][dst]")
{
    CHECK(refused(QDate(2026, 3, 29), at("01:30"), at("03:00"), london())
              .hasField(QLatin1String(SessionTime::Start)));
    // 01:30 is an ordinary time in New York that night.
    CHECK(SessionTime::resolve(QDate(2026, 3, 29), at("01:30"), at("03:00"), newYork()).ok());
}

TEST_CASE("A session of no length is refused", "[attendance][time]")
{
    CHECK(refused(QDate(2026, 1, 12), at("18:00"), at("18:00"), newYork())
              .hasField(QLatin1String(SessionTime::End)));
}

TEST_CASE("A session longer than 12 hours is refused as a likely AM/PM slip", "[attendance][time]")
{
    CHECK(SessionTime::MaximumMinutes == 12 * 60);
    // 6 PM to 9 AM: typed 09:00 for 21:00.
    CHECK(refused(QDate(2026, 1, 12), at("18:00"), at("09:00"), newYork())
              .hasField(QLatin1String(SessionTime::End)));
    CHECK(refused(QDate(2026, 1, 12), at("06:00"), at("18:01"), newYork())
              .hasField(QLatin1String(SessionTime::End)));
    const SessionTimes longest = session(QDate(2026, 1, 12), "06:00", "18:00");
    CHECK(longest.minutes() == 720);
}

TEST_CASE("Twelve wall-clock hours on the night clocks go back are 13 real hours and refused",
    "[attendance][time][dst]")
{
    // 20:00 EDT (00:00 UTC) to 08:00 EST (13:00 UTC).
    CHECK(refused(QDate(2026, 10, 31), at("20:00"), at("08:00"), newYork())
              .hasField(QLatin1String(SessionTime::End)));
    // And 12:30 wall-clock hours on the night they go forward are 11:30 real hours.
    const SessionTimes s = session(QDate(2026, 3, 7), "20:00", "08:30");
    CHECK(s.minutes() == 11 * 60 + 30);
}

TEST_CASE("A clock time repeated when New York clocks go back means its first occurrence",
    "[attendance][time][dst]")
{
    const SessionTimes s = session(QDate(2026, 11, 1), "01:30", "02:30");
    // 01:30 EDT, not 01:30 EST (06:30 UTC).
    CHECK(s.startUtc == utc(QDate(2026, 11, 1), "05:30"));
    CHECK(s.endUtc == utc(QDate(2026, 11, 1), "07:30"));
    CHECK(s.minutes() == 120);

    // An end in the repeated hour is its first occurrence as well.
    const SessionTimes before = session(QDate(2026, 11, 1), "00:30", "01:30");
    CHECK(before.endUtc == utc(QDate(2026, 11, 1), "05:30"));
    CHECK(before.minutes() == 60);
}

TEST_CASE("A clock time repeated when London clocks go back means its first occurrence",
    "[attendance][time][dst]")
{
    const SessionTimes s = session(QDate(2026, 10, 25), "01:30", "03:00", london());
    // 01:30 BST is 00:30 UTC; 03:00 GMT is 03:00 UTC.
    CHECK(s.startUtc == utc(QDate(2026, 10, 25), "00:30"));
    CHECK(s.minutes() == 150);
}

TEST_CASE(
    "A session through the night clocks go forward lasts an hour less", "[attendance][time][dst]")
{
    const SessionTimes ny = session(QDate(2026, 3, 8), "00:30", "03:30");
    CHECK(ny.startUtc == utc(QDate(2026, 3, 8), "05:30"));
    CHECK(ny.endUtc == utc(QDate(2026, 3, 8), "07:30"));
    CHECK(ny.minutes() == 120);

    const SessionTimes uk = session(QDate(2026, 3, 29), "00:30", "03:30", london());
    CHECK(uk.startUtc == utc(QDate(2026, 3, 29), "00:30"));
    CHECK(uk.endUtc == utc(QDate(2026, 3, 29), "02:30"));
    CHECK(uk.minutes() == 120);
}

TEST_CASE(
    "A session through the night clocks go back lasts an hour more", "[attendance][time][dst]")
{
    const SessionTimes ny = session(QDate(2026, 11, 1), "00:30", "03:30");
    CHECK(ny.startUtc == utc(QDate(2026, 11, 1), "04:30"));
    CHECK(ny.endUtc == utc(QDate(2026, 11, 1), "08:30"));
    CHECK(ny.minutes() == 240);

    const SessionTimes uk = session(QDate(2026, 10, 25), "00:30", "03:30", london());
    CHECK(uk.startUtc == utc(QDate(2026, 10, 24), "23:30"));
    CHECK(uk.endUtc == utc(QDate(2026, 10, 25), "03:30"));
    CHECK(uk.minutes() == 240);
}

TEST_CASE("An evening session across midnight into the change night follows the real clock",
    "[attendance][time][dst]")
{
    // 22:00 EST to 03:00 EDT: five wall-clock hours, four real ones.
    CHECK(session(QDate(2026, 3, 7), "22:00", "03:00").minutes() == 240);
    // 22:00 EDT to 03:00 EST: six real hours.
    CHECK(session(QDate(2026, 10, 31), "22:00", "03:00").minutes() == 360);
}

TEST_CASE("Stored times read back as the session they were", "[attendance][time]")
{
    const SessionTimes s = session(QDate(2026, 11, 1), "00:30", "03:30");
    const Result<SessionTimes> back = SessionTime::fromStored(
        s.localDate, s.localStart, s.localEnd, QByteArray("America/New_York"));
    REQUIRE(back.ok());
    CHECK(back.value() == s);

    const Result<SessionTimes> unknown = SessionTime::fromStored(
        s.localDate, s.localStart, s.localEnd, QByteArray("Mars/Olympus_Mons"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::Validation);
}

TEST_CASE("The workstation zone is a usable zone", "[attendance][time]")
{
    const QTimeZone z = SessionTime::workstationZone();
    CHECK(z.isValid());
    CHECK_FALSE(z.id().isEmpty());
}
