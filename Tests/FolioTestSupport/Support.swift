public enum FolioTestSupport {}
