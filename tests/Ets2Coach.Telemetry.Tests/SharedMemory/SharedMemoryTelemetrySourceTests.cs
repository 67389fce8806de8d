using Ets2Coach.Telemetry.SharedMemory;
using Ets2Coach.Telemetry.Tests.Support;

namespace Ets2Coach.Telemetry.Tests.SharedMemory;

public sealed class SharedMemoryTelemetrySourceTests
{
    [Fact]
    public void ReadFrames_PublishedFrames_ArriveByteForByteInOrder()
    {
        using var f = ReaderFixture.Running();
        var published = new List<TelemetryFrame>();
        for (var i = 0; i < 40; i++)
        {
            var n = f.W.PublishFrame(ReaderFixture.SampleFrame(i));
            published.Add(ReaderFixture.SampleFrame(i) with { FrameNumber = n, EventsPublished = 0 });
        }

        var read = f.DrainFrames(batch: 7);

        Assert.Equal(published, read);
        var status = f.Source.Status;
        Assert.Equal(TelemetrySourceState.Connected, status.State);
        Assert.Equal((40, 0, 0), (status.FramesRead, status.FramesLost, status.FramesTorn));
    }

    [Fact]
    public void ReadEvents_EveryKind_ArrivesWithExactPayload()
    {
        using var f = ReaderFixture.Running(eventCapacity: 16);
        TelemetryEvent[] published =
        [
            TelemetryEvent.ForConfiguration(0, 0, 10, ConfigurationGroup.Truck, 12, 3),
            TelemetryEvent.ForState(0, 0, 20, TelemetryEventKind.Paused),
            TelemetryEvent.ForState(0, 0, 30, TelemetryEventKind.Started),
            TelemetryEvent.ForState(0, 0, 40, TelemetryEventKind.TimerRestart),
            TelemetryEvent.ForAmount(0, 0, 50, TelemetryEventKind.JobCancelled, -1500),
            TelemetryEvent.ForDelivery(0, 0, 60, 25_000, 800, 0.02f, 512.5f, 480, autoParkUsed: true, autoLoadUsed: false),
            TelemetryEvent.ForFine(0, 0, 70, "speeding_camera", Offence.SpeedingCamera, 350),
            TelemetryEvent.ForAmount(0, 0, 80, TelemetryEventKind.TollgatePaid, 42),
            TelemetryEvent.ForTransport(0, 0, 90, TelemetryEventKind.FerryUsed, 300, "Calais", "Dover", "calais", "dover"),
            TelemetryEvent.ForTransport(0, 0, 100, TelemetryEventKind.TrainUsed, 500, "Folkestone", "Calais", "folkestone", "calais"),
            TelemetryEvent.ForOtherGameplay(0, 0, 110, "player.something.new"),
        ];
        var expected = new List<TelemetryEvent>();
        foreach (var e in published)
        {
            var n = f.W.PublishEvent(e);
            expected.Add(e.WithNumbers(n, 1));
        }

        var read = f.DrainEvents(batch: 4);

        Assert.Equal(expected, read);
        Assert.Equal("Dover", read[8].TargetName);
        Assert.Equal(Offence.SpeedingCamera, read[6].Offence);
        Assert.Equal((11, 0, 0), (f.Source.Status.EventsRead, f.Source.Status.EventsLost, f.Source.Status.EventsTorn));
    }

    [Fact]
    public void ReadFrames_WriterOverranReader_CountsExactlyTheOverwrittenFramesLost()
    {
        using var f = ReaderFixture.Running(frameCapacity: 16);
        for (var i = 0; i < 100; i++)
        {
            f.W.PublishFrame(ReaderFixture.SampleFrame(i));
        }

        var read = f.DrainFrames();

        Assert.Equal(Enumerable.Range(85, 16).Select(n => (ulong)n), read.Select(r => r.FrameNumber));
        var s = f.Source.Status;
        Assert.Equal((16, 84, 0), (s.FramesRead, s.FramesLost, s.FramesTorn));
        Assert.Equal(100, s.FramesRead + s.FramesLost + s.FramesTorn);
    }

    [Fact]
    public void ReadFrames_OverrunBetweenReads_KeepsAccountingExact()
    {
        using var f = ReaderFixture.Running(frameCapacity: 16);
        var delivered = 0;
        for (var round = 0; round < 20; round++)
        {
            for (var i = 0; i < 5 + (round * 3); i++)
            {
                f.W.PublishFrame(ReaderFixture.SampleFrame(i));
            }

            delivered += f.DrainFrames(batch: 5).Count;
        }

        var s = f.Source.Status;
        Assert.Equal(delivered, s.FramesRead);
        Assert.True(s.FramesLost > 0);
        Assert.Equal((long)f.W.FramesWritten, s.FramesRead + s.FramesLost + s.FramesTorn);
    }

    [Fact]
    public void Source_StartedBeforeTheGame_WaitsThenConnects()
    {
        using var f = ReaderFixture.WithoutWriter();
        Assert.Equal(TelemetrySourceState.WaitingForGame, f.Source.Status.State);
        Assert.Null(f.Source.Status.Error);
        Assert.Empty(f.DrainFrames());

        f.StartWriter();
        f.W.PublishFrame(ReaderFixture.SampleFrame(1));
        f.W.PublishFrame(ReaderFixture.SampleFrame(2));
        Assert.Empty(f.DrainFrames()); // not looked again yet: the reopen interval has not passed
        f.PassReopenInterval();

        var read = f.DrainFrames();

        Assert.Equal([1UL, 2UL], read.Select(r => r.FrameNumber));
        var s = f.Source.Status;
        Assert.Equal(TelemetrySourceState.Connected, s.State);
        Assert.Equal(1UL, s.WriterGeneration);
        Assert.Equal(0, s.WriterRestarts);
        Assert.Equal(new WriterInfo("eut2", "Euro Truck Simulator 2", 0x00010001, 0x00010012, 1, Environment.ProcessId, TelemetryChannels.All), s.Writer);
    }

    [Fact]
    public async Task WaitAsync_GameStartsOnAnotherThread_ReturnsAndConnects()
    {
        var path = TestBlockWriter.TempPath();
        var options = new SharedMemoryTelemetrySourceOptions { ReopenInterval = TimeSpan.FromMilliseconds(20) };
        using var source = new SharedMemoryTelemetrySource(path, options);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        TestBlockWriter? writer = null;
        try
        {
            var game = Task.Run(async () =>
            {
                await Task.Delay(50);
                writer = TestBlockWriter.Create(path);
                writer.PublishFrame(ReaderFixture.SampleFrame(1));
            });

            var frames = new TelemetryFrame[8];
            var read = 0;
            while (read == 0 && await source.WaitAsync(timeout.Token))
            {
                read = source.ReadFrames(frames);
            }

            await game;
            Assert.Equal(1, read);
            Assert.Equal(TelemetrySourceState.Connected, source.Status.State);
        }
        finally
        {
            writer?.Dispose();
        }
    }

    [Fact]
    public async Task WaitAsync_DataReady_ReturnsAtOnce_AndFalseAfterDispose()
    {
        var f = ReaderFixture.Running();
        f.W.PublishFrame(ReaderFixture.SampleFrame(1));

        Assert.True(await f.Source.WaitAsync(CancellationToken.None));

        f.Dispose();
        Assert.False(await f.Source.WaitAsync(CancellationToken.None));
    }

    [Fact]
    public async Task WaitAsync_Cancelled_Throws()
    {
        using var f = ReaderFixture.Running();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await f.Source.WaitAsync(new CancellationToken(canceled: true)));
    }

    [Fact]
    public void ReadFrames_RestartInPlace_FollowsNewGenerationFromFrameOne()
    {
        using var f = ReaderFixture.Running(frameCapacity: 16, generation: 100);
        for (var i = 0; i < 10; i++)
        {
            f.W.PublishFrame(ReaderFixture.SampleFrame(i));
        }

        Assert.Equal(4, f.Source.ReadFrames(new TelemetryFrame[4]));

        f.W.SetState(TestBlockWriter.StateClosed);
        f.W.Initialize(generation: 101);
        for (var i = 0; i < 3; i++)
        {
            f.W.PublishFrame(ReaderFixture.SampleFrame(i));
        }

        var read = f.DrainFrames();

        Assert.Equal([1UL, 2UL, 3UL], read.Select(r => r.FrameNumber));
        var s = f.Source.Status;
        Assert.Equal(TelemetrySourceState.Connected, s.State);
        Assert.Equal(101UL, s.WriterGeneration);
        Assert.Equal(1, s.WriterRestarts);

        // The 6 frames of generation 100 never read went with the restart: counted lost, not forgotten.
        Assert.Equal((7, 6, 0), (s.FramesRead, s.FramesLost, s.FramesTorn));
    }

    [Fact]
    public void ReadFrames_RestartInPlaceSeenWhileInitializing_WaitsForRunning()
    {
        using var f = ReaderFixture.Running(generation: 100);
        f.W.PublishFrame(ReaderFixture.SampleFrame(1));
        f.DrainFrames();

        f.W.Initialize(generation: 101, state: TestBlockWriter.StateInitializing);
        Assert.Empty(f.DrainFrames());
        Assert.Equal((TelemetrySourceState.WriterClosed, 100UL), (f.Source.Status.State, f.Source.Status.WriterGeneration));

        f.W.SetState(TestBlockWriter.StateRunning);
        f.W.PublishFrame(ReaderFixture.SampleFrame(1));
        var read = f.DrainFrames();

        Assert.Equal([1UL], read.Select(r => r.FrameNumber));
        var s = f.Source.Status;
        Assert.Equal((TelemetrySourceState.Connected, 101UL, 1), (s.State, s.WriterGeneration, s.WriterRestarts));
    }

    [Fact]
    public void ReadFrames_WriterClosed_ReportsClosedAfterDraining()
    {
        using var f = ReaderFixture.Running();
        f.W.PublishFrame(ReaderFixture.SampleFrame(1));
        f.W.PublishFrame(ReaderFixture.SampleFrame(2));
        f.W.SetState(TestBlockWriter.StateClosed);

        var read = f.DrainFrames();

        Assert.Equal(2, read.Count);
        var s = f.Source.Status;
        Assert.Equal(TelemetrySourceState.WriterClosed, s.State);
        Assert.Contains("shut down", s.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_HeartbeatStalls_WriterDeadThenAliveAgain()
    {
        using var f = ReaderFixture.Running();
        f.W.PublishFrame(ReaderFixture.SampleFrame(1));
        f.DrainFrames();

        f.Time.Advance(TimeSpan.FromSeconds(1.9));
        f.DrainFrames();
        Assert.Equal(TelemetrySourceState.Connected, f.Source.Status.State);

        f.Time.Advance(TimeSpan.FromSeconds(0.2));
        f.DrainFrames();
        var dead = f.Source.Status;
        Assert.Equal(TelemetrySourceState.WriterDead, dead.State);
        Assert.Contains("heartbeat", dead.Error, StringComparison.Ordinal);

        f.W.BumpHeartbeat();
        f.DrainFrames();
        Assert.Equal(TelemetrySourceState.Connected, f.Source.Status.State);
        Assert.Null(f.Source.Status.Error);
    }

    [Fact]
    public void Status_HeartbeatMovingWithoutFrames_StaysConnected()
    {
        using var f = ReaderFixture.Running();
        for (var i = 0; i < 10; i++)
        {
            f.Time.Advance(TimeSpan.FromSeconds(1));
            f.W.BumpHeartbeat();
            f.DrainFrames();
        }

        Assert.Equal(TelemetrySourceState.Connected, f.Source.Status.State);
    }

    [Fact]
    public void Source_DeadWriterReplacedByNewGeneration_FollowsIt()
    {
        using var f = ReaderFixture.Running(generation: 5);
        f.W.PublishFrame(ReaderFixture.SampleFrame(1));
        f.DrainFrames();
        f.Time.Advance(TimeSpan.FromSeconds(3));
        f.DrainFrames();
        Assert.Equal(TelemetrySourceState.WriterDead, f.Source.Status.State);

        f.W.Initialize(generation: 6);
        f.W.PublishFrame(ReaderFixture.SampleFrame(1));
        var read = f.DrainFrames();

        Assert.Single(read);
        Assert.Equal((TelemetrySourceState.Connected, 6UL, 1), (f.Source.Status.State, f.Source.Status.WriterGeneration, f.Source.Status.WriterRestarts));
    }

    [Fact]
    public void Source_BadMagic_FaultedWithOneLineError_ThenRecoversWhenAGoodWriterReplacesIt()
    {
        using var f = ReaderFixture.Running();
        f.W.PokeU64(TestBlockWriter.At.Magic, 0x1234);
        f.PassReopenInterval();
        using var source = new SharedMemoryTelemetrySource(f.Path, ReaderFixture.Options(f.Time));

        var faulted = source.Status;
        Assert.Equal(TelemetrySourceState.Faulted, faulted.State);
        Assert.Contains("'magic'", faulted.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', faulted.Error!);

        f.W.Initialize(generation: 9);
        f.W.PublishFrame(ReaderFixture.SampleFrame(1));
        f.PassReopenInterval();
        Assert.Equal(0, source.ReadFrames(new TelemetryFrame[4]));
        Assert.Equal(1, source.ReadFrames(new TelemetryFrame[4]));
        Assert.Equal(TelemetrySourceState.Connected, source.Status.State);
    }

    [Fact]
    public void Source_BlockShorterThanHeader_WaitsForItsWriter_ThenFaults()
    {
        var path = TestBlockWriter.TempPath();
        TestBlockWriter.WriteRawFile(path, new byte[100]);
        try
        {
            var time = new ManualTimeProvider();
            using var source = new SharedMemoryTelemetrySource(path, ReaderFixture.Options(time));
            Assert.Equal(TelemetrySourceState.WaitingForGame, source.Status.State);

            time.Advance(TimeSpan.FromSeconds(2.1));
            source.ReadFrames(new TelemetryFrame[1]);

            Assert.Equal(TelemetrySourceState.Faulted, source.Status.State);
            Assert.Contains("100 bytes", source.Status.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Source_BlockFileWithHugeTail_MapsOnlyWhatAValidBlockCanUse()
    {
        using var f = ReaderFixture.Running(frameCapacity: 16);
        f.W.PublishFrame(ReaderFixture.SampleFrame(1));
        using (var grow = new FileStream(f.Path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            grow.SetLength(1L << 40); // a sparse 1 TiB file
        }

        Assert.Equal(MappedBlockOpenStatus.Opened, MappedBlock.TryOpenPath(f.Path, out var block, out _));
        using (block)
        {
            Assert.Equal(603_987_968L, block!.Length); // 512 + 2^20 × (320 + 256) + 6,144, page-rounded
        }

        using var source = new SharedMemoryTelemetrySource(f.Path, ReaderFixture.Options(f.Time));
        Assert.Equal(TelemetrySourceState.Connected, source.Status.State);
        Assert.Equal(1, source.ReadFrames(new TelemetryFrame[4]));
    }

    [Fact]
    public void ReadFrames_FramesWrittenMovesBackwards_WriterErrorNotALoop()
    {
        using var f = ReaderFixture.Running();
        for (var i = 0; i < 5; i++)
        {
            f.W.PublishFrame(ReaderFixture.SampleFrame(i));
        }

        Assert.Equal(5, f.DrainFrames().Count);
        f.W.PokeU64(TestBlockWriter.At.FramesWritten, 2);

        Assert.Empty(f.DrainFrames());

        var s = f.Source.Status;
        Assert.Equal(TelemetrySourceState.Faulted, s.State);
        Assert.Equal(1, s.WriterErrors);
        Assert.Contains("'frames_written' moved backwards from 5 to 2", s.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFrames_CounterAheadOfSlots_WriterErrorCountsNothingLost()
    {
        using var f = ReaderFixture.Running(frameCapacity: 16);
        f.W.PublishFrame(ReaderFixture.SampleFrame(1));
        f.W.PokeU64(TestBlockWriter.At.FramesWritten, 1_000_000); // slots never written

        Assert.Empty(f.DrainFrames());

        var s = f.Source.Status;
        Assert.Equal((TelemetrySourceState.Faulted, 1L), (s.State, s.WriterErrors));
        Assert.Equal((0L, 0L), (s.FramesRead, s.FramesLost));
        Assert.Contains("holds seq", s.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NameWithPathSeparator_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SharedMemoryTelemetrySource(new SharedMemoryTelemetrySourceOptions { Name = "../etc/passwd" }));
        Assert.Throws<ArgumentException>(() => new SharedMemoryTelemetrySource(new SharedMemoryTelemetrySourceOptions { Name = " " }));
    }
}
