using System;
using System.IO;
using System.Linq;

namespace NetGen.Tests.Weights
{
    /// <summary>
    /// Save(path) and SaveCheckpoint(path) (issue 11, item 9): any valid file name (the temporary file's name no
    /// longer grows with it), symbolic links followed as File.WriteAllBytes follows them (the target is replaced,
    /// the link kept), a folder refused with a clear exception, and no temporary file left behind.
    /// </summary>
    public sealed class SavePathTests : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("netgen-save-").FullName;

        [Theory]
        [InlineData(219)]
        [InlineData(240)]
        [InlineData(255)] // NAME_MAX on Linux and macOS, and Windows' limit for a path component
        public void A_file_name_of_any_valid_length_saves(int length)
        {
            string name = new string('w', length - ".safetensors".Length) + ".safetensors";
            string path = Path.Combine(_folder, name);
            var net = new SequentialNet(3);

            net.Save(path);
            var loaded = new SequentialNet(8);
            loaded.Load(path);

            Assert.Equal(SaveLoadTests.Bits(net.Parameters.ToArray()), SaveLoadTests.Bits(loaded.Parameters.ToArray()));
            Assert.Equal(new[] { name }, Entries());
        }

        [Fact]
        public void A_checkpoint_with_a_255_character_name_saves()
        {
            string path = Path.Combine(_folder, new string('c', 255));
            var net = new ResumeAdam();
            net.TrainStep(new[] { 0.1f, 0.2f, 0.3f }, new[] { 1f, -1f });

            net.SaveCheckpoint(path);
            var resumed = new ResumeAdam(4);
            resumed.LoadCheckpoint(path);

            Assert.Equal(1, resumed.OptimizerStepCount);
            Assert.Single(Entries());
        }

        [Fact]
        public void Saving_through_a_symbolic_link_replaces_its_target_and_keeps_the_link()
        {
            string target = Path.Combine(_folder, "real.safetensors");
            File.WriteAllBytes(target, new byte[] { 1, 2, 3 });
            string link = Path.Combine(_folder, "link.safetensors");
            File.CreateSymbolicLink(link, "real.safetensors"); // relative: resolved against the link's folder
            var net = new SequentialNet(3);

            net.Save(link);

            Assert.Equal("real.safetensors", new FileInfo(link).LinkTarget);
            Assert.Equal(SaveLoadTests.Saved(new SequentialNet(3)), File.ReadAllBytes(target));
            Assert.Equal(new[] { "link.safetensors", "real.safetensors" }, Entries());
        }

        [Fact]
        public void Saving_through_a_chain_of_links_into_another_folder_writes_the_final_target()
        {
            string other = Directory.CreateDirectory(Path.Combine(_folder, "models")).FullName;
            string target = Path.Combine(other, "w.safetensors");
            string middle = Path.Combine(other, "middle.safetensors");
            File.CreateSymbolicLink(middle, target);
            string link = Path.Combine(_folder, "link.safetensors");
            File.CreateSymbolicLink(link, middle);
            var net = new ResumeSgd();

            net.SaveCheckpoint(link);

            Assert.True(File.Exists(target));
            Assert.Equal(middle, new FileInfo(link).LinkTarget);
            Assert.Equal(target, new FileInfo(middle).LinkTarget);
            var resumed = new ResumeSgd(2);
            resumed.LoadCheckpoint(link);
            Assert.Equal(net.Parameters.ToArray(), resumed.Parameters.ToArray());
            Assert.Equal(new[] { "middle.safetensors", "w.safetensors" }, Directory.GetFileSystemEntries(other).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }

        [Fact]
        public void Saving_through_a_dangling_link_creates_its_target()
        {
            string link = Path.Combine(_folder, "link.safetensors");
            File.CreateSymbolicLink(link, Path.Combine(_folder, "new.safetensors"));

            new SequentialNet(3).Save(link);

            Assert.Equal(SaveLoadTests.Saved(new SequentialNet(3)), File.ReadAllBytes(Path.Combine(_folder, "new.safetensors")));
            Assert.NotNull(new FileInfo(link).LinkTarget);
            Assert.Equal(new[] { "link.safetensors", "new.safetensors" }, Entries());
        }

        [Fact]
        public void A_folder_as_the_path_is_a_clear_IOException_and_leaves_nothing_behind()
        {
            string folder = Directory.CreateDirectory(Path.Combine(_folder, "model.safetensors")).FullName;
            string link = Path.Combine(_folder, "to-folder");
            Directory.CreateSymbolicLink(link, folder);

            var direct = Assert.Throws<IOException>(() => new SequentialNet().Save(folder));
            var viaLink = Assert.Throws<IOException>(() => new ResumeAdam().SaveCheckpoint(link));

            Assert.Contains("is a folder", direct.Message, StringComparison.Ordinal);
            Assert.Contains("is a folder", viaLink.Message, StringComparison.Ordinal);
            Assert.Equal(new[] { "model.safetensors", "to-folder" }, Entries());
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }

        [Fact]
        public void A_missing_folder_is_a_DirectoryNotFoundException_and_leaves_nothing_behind()
        {
            Assert.Throws<DirectoryNotFoundException>(() => new SequentialNet().Save(Path.Combine(_folder, "no", "w.safetensors")));
            Assert.Empty(Entries());
        }

        [Fact]
        public void Loading_a_folder_is_a_clear_IOException()
        {
            var net = new ResumeAdam();

            Assert.Contains("is a folder", Assert.Throws<IOException>(() => net.Load(_folder)).Message, StringComparison.Ordinal);
            Assert.Contains("is a folder", Assert.Throws<IOException>(() => net.LoadCheckpoint(_folder)).Message, StringComparison.Ordinal);
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string[] Entries() => Directory.GetFileSystemEntries(_folder).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal).ToArray();
    }
}
