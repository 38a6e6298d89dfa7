<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <location filename="../app/common/displayformat.cpp" line="113"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTakeCommand</name>
    <message numerus="yes">
        <location filename="../app/headless/exporttakecommand.cpp" line="54"/>
        <source>Exporting the take &quot;%1&quot;: %n track(s), %2 s</source>
        <translation>
            <numerusform>Exporting the take &quot;%1&quot;: %n track, %2 s</numerusform>
            <numerusform>Exporting the take &quot;%1&quot;: %n tracks, %2 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../app/monitor/mainwindow.cpp" line="592"/>
        <source>Quitting ends %Ln recording(s) in progress. What has arrived so far is kept.</source>
        <translation>
            <numerusform>Quitting ends %Ln recording in progress. What has arrived so far is kept.</numerusform>
            <numerusform>Quitting ends %Ln recordings in progress. What has arrived so far is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MicrophoneCapture</name>
    <message numerus="yes">
        <location filename="../app/capture/microphonecapture.cpp" line="61"/>
        <source>%1 cannot record %2 Hz with %n channel(s).</source>
        <translation>
            <numerusform>%1 cannot record %2 Hz with %n channel.</numerusform>
            <numerusform>%1 cannot record %2 Hz with %n channels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/microphonecapture.cpp" line="239"/>
        <source>The microphone has sent no audio for %n second(s).</source>
        <translation>
            <numerusform>The microphone has sent no audio for %n second.</numerusform>
            <numerusform>The microphone has sent no audio for %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationPolicy</name>
    <message numerus="yes">
        <location filename="../app/tray/notificationpolicy.cpp" line="93"/>
        <source>%Ln device(s) connected</source>
        <translation>
            <numerusform>%Ln device connected</numerusform>
            <numerusform>%Ln devices connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/notificationpolicy.cpp" line="110"/>
        <source>%Ln recording(s) ended unexpectedly</source>
        <translation>
            <numerusform>%Ln recording ended unexpectedly</numerusform>
            <numerusform>%Ln recordings ended unexpectedly</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/tray/notificationpolicy.cpp" line="148"/>
        <source>%n more</source>
        <comment>the end of a list of devices: A, B, C and 2 more</comment>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message numerus="yes">
        <location filename="../app/monitor/ratechart.cpp" line="107"/>
        <source>-%n min</source>
        <comment>time axis of the rate chart: minutes ago</comment>
        <translation>
            <numerusform>-%n min</numerusform>
            <numerusform>-%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/monitor/ratechart.cpp" line="143"/>
        <source>%n second(s) ago: %1</source>
        <comment>rate chart tooltip; %1 is a data rate</comment>
        <translation>
            <numerusform>%n second ago: %1</numerusform>
            <numerusform>%n seconds ago: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingsView</name>
    <message numerus="yes">
        <location filename="../app/recordings/recordingsview.cpp" line="288"/>
        <source>%Ln recording(s), %1</source>
        <comment>count and total size</comment>
        <translation>
            <numerusform>%Ln recording, %1</numerusform>
            <numerusform>%Ln recordings, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/recordings/recordingsview.cpp" line="289"/>
        <source>%1 of %Ln recording(s) found</source>
        <comment>search results</comment>
        <translation>
            <numerusform>%1 of %Ln recording found</numerusform>
            <numerusform>%1 of %Ln recordings found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message numerus="yes">
        <location filename="../app/monitor/sessionactions.cpp" line="137"/>
        <source>Disconnect %Ln live session(s)? Their recordings stop and are finished; the devices cannot resume them.</source>
        <translation>
            <numerusform>Disconnect %Ln live session? Its recording stops and is finished; the device cannot resume it.</numerusform>
            <numerusform>Disconnect %Ln live sessions? Their recordings stop and are finished; the devices cannot resume them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamUploader</name>
    <message numerus="yes">
        <location filename="../app/capture/streamuploader.cpp" line="265"/>
        <source>The receiver lost %Ln acknowledged byte(s) that are no longer kept here.</source>
        <translation>
            <numerusform>The receiver lost %Ln acknowledged byte that is no longer kept here.</numerusform>
            <numerusform>The receiver lost %Ln acknowledged bytes that are no longer kept here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/capture/streamuploader.cpp" line="569"/>
        <source>Stopped before %Ln byte(s) were delivered.</source>
        <translation>
            <numerusform>Stopped before %Ln byte was delivered.</numerusform>
            <numerusform>Stopped before %Ln bytes were delivered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeView</name>
    <message numerus="yes">
        <location filename="../app/monitor/takeview.cpp" line="430"/>
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Exported %n file to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <location filename="../app/tray/trayicon.cpp" line="160"/>
        <source>%Ln device(s) recording</source>
        <comment>tray tooltip</comment>
        <translation>
            <numerusform>%Ln device recording</numerusform>
            <numerusform>%Ln devices recording</numerusform>
        </translation>
    </message>
</context>
</TS>
